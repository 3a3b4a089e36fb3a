import { describe, expect, it } from "vitest";
import { citationSchema } from "../../src/citations/citation.js";
import { builtinCitationRegistry, createCitationRegistry, getCitation, listCitations } from "../../src/citations/registry.js";
import { DuplicateIdError, InvalidInputError, UnknownCitationError } from "../../src/errors.js";

describe("citations registry", () => {
  it("has a valid entry, with a DOI or URL, for every built-in citation", () => {
    for (const c of listCitations()) expect(citationSchema.safeParse(c).success, c.id).toBe(true);
  });

  it("finds a citation by id and names the nearest ids for a typo", () => {
    expect(getCitation("EMEP-EEA-2019-1A4").year).toBe(2019);
    try {
      getCitation("EMEP-EEA-2019-1A5");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownCitationError);
      expect((e as UnknownCitationError).nearest).toContain("EMEP-EEA-2019-1A4");
    }
  });

  it("adds user citations, validated, and refuses to override a built-in id", () => {
    const reg = createCitationRegistry([{ id: "City-2024", authors: "City EPB", title: "Tests", publisher: "City EPB", year: 2024, url: "https://example.org" }]);
    expect(reg.byId.has("City-2024")).toBe(true);
    expect(builtinCitationRegistry().byId.has("City-2024")).toBe(false);
    expect(() => createCitationRegistry([{ id: "City", authors: "x", title: "t", publisher: "p", year: 2024 }])).toThrow(InvalidInputError);
    expect(() => createCitationRegistry([{ ...getCitation("Bond2013") }])).toThrow(/defined twice/);
  });

  it("points a repeated user citation id at the citation that repeats it", () => {
    const city = { id: "City-2024", authors: "City EPB", title: "Tests", publisher: "City EPB", year: 2024, url: "https://example.org" };
    try {
      createCitationRegistry([city, { ...city }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DuplicateIdError);
      expect((e as DuplicateIdError).path).toEqual([1, "id"]);
    }
  });

  it("refuses an id over 200 characters and a title over 2000, at their paths", () => {
    const long = { id: `C${"x".repeat(200)}`, authors: "a", title: "t".repeat(2001), publisher: "p", year: 2024, url: "https://example.org" };
    try {
      createCitationRegistry([long]);
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidInputError).issues.map((i) => i.path)).toEqual([[0, "id"], [0, "title"]]);
    }
  });
});
