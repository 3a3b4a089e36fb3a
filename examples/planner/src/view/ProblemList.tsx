import { useEffect, useRef } from "preact/hooks";
import type { FileIssue } from "cobenefits";
import type { Labels } from "../model/labels.js";

interface Props {
  readonly fileName: string;
  readonly issues: readonly FileIssue[];
  readonly labels: Labels;
  readonly onDismiss: () => void;
}

/** Every problem the library found in a dropped file, each with its line and column and the path of the value. */
export function ProblemList({ fileName, issues, labels, onDismiss }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: "start" });
    heading.current?.focus(); // keyboard and screen-reader users land on the list
  }, [issues]);
  return (
    <section class="problems" role="alert" aria-labelledby="problems-h" data-testid="problems">
      <h2 id="problems-h" ref={heading} tabIndex={-1}>{issues.length} {labels.problems} {fileName}</h2>
      <p>{labels.problemsHelp}</p>
      <ol>
        {issues.map((i, k) => (
          <li key={k} data-testid="problem" data-line={i.line ?? ""}>
            <strong>{i.line === undefined ? "" : `${labels.line} ${i.line}${i.column === undefined ? "" : `, ${labels.column} ${i.column}`}`}</strong>
            {i.path.length > 0 ? <code> {i.path.join(".")}</code> : null}: {i.message}
          </li>
        ))}
      </ol>
      <button type="button" onClick={onDismiss}>OK</button>
    </section>
  );
}
