/** The strict XML reader the manifest checks rely on: it must reject what Office would reject. */
import { elementsNamed, parseXml } from "./xml";

describe("parseXml", () => {
  test("reads elements, attributes, entities, text, comments and CDATA", () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->\n<a xmlns:bt="urn:x" k='v &amp; w'>\n  <bt:b id="1"/>t&#233;&lt;<![CDATA[<raw>]]>\n</a>\n`
    );
    expect(root.name).toBe("a");
    expect(root.attributes.k).toBe("v & w");
    expect(root.text.trim()).toBe("té<<raw>");
    expect(elementsNamed(root, "bt:b").map((e) => [e.attributes.id, e.line])).toEqual([["1", 4]]);
  });

  test.each([
    ["<a><b></a>", /closes <b>/],
    ["<a>", /never closed/],
    ["<a/><b/>", /second root/],
    ["<a x=1/>", /malformed attribute/],
    ['<a x="1" x="2"/>', /repeated/],
    ['<a x="1"y="2"/>', /no space/],
    ["<a>&nbsp;</a>", /unknown entity/],
    ["<a>fish & chips</a>", /bare "&"/],
    ["<bt:a/>", /prefix "bt"/],
    ["<a><!-- a -- b --></a>", /inside a comment/],
    ["text<a/>", /outside the root/],
    ["<!DOCTYPE a><a/>", /DTD/],
    ["", /no root/],
  ])("rejects %j", (source, why) => {
    expect(() => parseXml(source)).toThrow(why);
  });
});
