import { render } from "preact";
import { App } from "./view/App.js";

render(<App />, document.getElementById("planner")!);
