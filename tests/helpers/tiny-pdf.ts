/**
 * Minimal, valid PDFs written by hand (objects, a correct cross-reference table, a trailer), for
 * the broken-input tests of the PDF reader: a scan-like page that is only an image, and a page of
 * plain text. Small enough to read in a hex dump; `qpdf --check` accepts both.
 */

const assemble = (objects: string[]): Uint8Array => {
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
};

const stream = (dict: string, data: string): string =>
  `<< ${dict} /Length ${Buffer.byteLength(data, "latin1")} >>\nstream\n${data}\nendstream`;

/**
 * One A4 page that only paints an image (an 8×8 grey checkerboard scaled over the page), as a
 * scanner's PDF does: no font, no text operator, so no text layer.
 */
export const imageOnlyPdf = (): Uint8Array => {
  let pixels = "";
  for (let y = 0; y < 8; y += 1) for (let x = 0; x < 8; x += 1) pixels += (x + y) % 2 === 0 ? "\x40" : "\xc0";
  return assemble([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
    stream("/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8", pixels),
    stream("", "q 500 0 0 700 47 71 cm /Im1 Do Q"),
  ]);
};

/** One page of text in Helvetica, one line per entry, 20 points apart from the top. */
export const textPdf = (lines: readonly string[]): Uint8Array => {
  const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = lines.map((line, i) => `BT /F1 12 Tf 72 ${770 - 20 * i} Td (${escape(line)}) Tj ET`).join("\n");
  return assemble([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    stream("", content),
  ]);
};
