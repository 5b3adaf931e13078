// Builds the /demo page into spatius_motion/gateway/demo_static/ (package data the gateway
// serves; no node at run time): demo.js and capture-worklet.js (minified ES module bundles,
// three.js and protobufjs included), index.html, demo.css and THIRD_PARTY_LICENSES.txt (the
// licenses of every npm package bundled). The sample (sample.wav, web/assets/SAMPLE.txt) is
// committed there as it is, not built.
// `node scripts/build.mjs [OUT_DIR]`; tests/unit/test_web_client.py checks the committed output equals
// a fresh build. Prints each file's size and gzip size, and the client library's alone.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const WEB = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(process.argv[2] ?? join(WEB, "..", "spatius_motion", "gateway", "demo_static"));
mkdirSync(out, { recursive: true });

const result = await build({
  absWorkingDir: WEB,
  entryPoints: { demo: "src/demo/main.js", "capture-worklet": "src/capture-worklet.js" },
  outdir: out,
  bundle: true,
  format: "esm",
  minify: true,
  target: ["es2020"],
  legalComments: "none",
  charset: "utf8",
  metafile: true,
  logLevel: "warning",
});
for (const name of ["index.html", "demo.css"]) copyFileSync(join(WEB, "src", "demo", name), join(out, name));

// The npm packages in the bundles, each with its license text.
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (match) packages.add(match[1]);
}
const notices = [...packages].sort().map((name) => {
  const dir = join(WEB, "node_modules", name);
  const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = file ? readFileSync(join(dir, file), "utf8").trim() : `License: ${meta.license}`;
  return `${name} ${meta.version} (${meta.license})\n${"-".repeat(60)}\n${text}\n`;
});
writeFileSync(join(out, "THIRD_PARTY_LICENSES.txt"),
  "Third-party code bundled in demo.js and capture-worklet.js (built by web/scripts/build.mjs).\n\n" +
  notices.join("\n") + "\n" + readFileSync(join(WEB, "assets", "SAMPLE.txt"), "utf8"));

const line = (name, bytes) =>
  console.log(`${name.padEnd(26)} ${String(bytes.length).padStart(8)} bytes  ${String(gzipSync(bytes, { level: 9 }).length).padStart(8)} gzip`);
for (const name of readdirSync(out).sort().filter((f) => f !== "sample.wav")) line(name, readFileSync(join(out, name)));
// The client library alone (src/index.js with protobufjs, no three.js), for docs/direct-mode.md; not written.
const library = await build({ absWorkingDir: WEB, entryPoints: ["src/index.js"], bundle: true, format: "esm", minify: true,
  target: ["es2020"], legalComments: "none", write: false, logLevel: "warning" });
line("(client library alone)", library.outputFiles[0].contents);
