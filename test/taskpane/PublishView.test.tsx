/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from "util";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { referenceWorkbook } from "./fixtures";
import { panel, renderPane } from "./render";

// jsdom lacks the encoders every browser has (the Word writer uses them)
Object.assign(globalThis, { TextEncoder, TextDecoder });

/** A blob's bytes (jsdom's Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(blob);
  });
}

/** the Word writer takes a few seconds in jsdom */
const SLOW = { timeout: 30_000 };
jest.setTimeout(60_000);

describe("Publish view", () => {
  let made: Blob[];
  beforeEach(() => {
    made = [];
    // jsdom has no object URLs: record the blobs the view offers
    URL.createObjectURL = jest.fn((b: Blob) => {
      made.push(b);
      return `blob:pira/${made.length}`;
    });
    URL.revokeObjectURL = jest.fn();
  });

  it("prepares the Rapporto (the default for a plan with actuals) as Word, with the HTML preview and a download link", async () => {
    const backend = referenceWorkbook();
    await renderPane({ backend, view: "publish" });
    fireEvent.click(within(panel()).getByRole("button", { name: "Prepara il documento" }));
    await screen.findByText(/^Pronto rapporto-risultati-2020\.docx: 87 indicatori/, {}, SLOW);
    const link = within(panel()).getByRole("link", {
      name: "Scarica rapporto-risultati-2020.docx",
    });
    expect(link.getAttribute("href")).toBe("blob:pira/1");
    expect(link.getAttribute("download")).toBe("rapporto-risultati-2020.docx");
    expect(made[0].type).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    const bytes = await bytesOf(made[0]);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
    const frame = within(panel()).getByTitle("Anteprima della pagina HTML");
    expect(frame.getAttribute("sandbox")).toBe("");
    expect(frame.getAttribute("srcdoc")).toContain("<h1>Rapporto sui risultati 2020</h1>");
    // nothing was written to the workbook
    expect(backend.applied).toEqual([]);
  });

  it("prepares the Piano as an HTML page when asked", async () => {
    await renderPane({ backend: referenceWorkbook(), view: "publish" });
    fireEvent.click(within(panel()).getByRole("radio", { name: /^Piano degli indicatori/ }));
    fireEvent.click(within(panel()).getByRole("radio", { name: "Pagina HTML (.html)" }));
    fireEvent.click(within(panel()).getByRole("button", { name: "Prepara il documento" }));
    await screen.findByText(/^Pronto piano-indicatori-2020-2022\.html/, {}, SLOW);
    expect(made[0].type).toBe("text/html;charset=utf-8");
    const html = new TextDecoder().decode(await bytesOf(made[0]));
    expect(html).toContain(
      "<h1>Piano degli indicatori e dei risultati attesi di bilancio 2020–2022</h1>"
    );
    await waitFor(() =>
      expect(within(panel()).getByTitle("Anteprima della pagina HTML").getAttribute("srcdoc")).toBe(
        html
      )
    );
  });
});
