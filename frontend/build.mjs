// Build the front end into static/build/: our Sass over GOV.UK Frontend, and its JavaScript.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "static", "build");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");

mkdirSync(out, { recursive: true });
const css = sass.compile(join(root, "frontend", "main.scss"), {
  style: "compressed",
  importers: [new sass.NodePackageImporter(root)],
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "app.css"), css.css);
cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk-frontend.min.js"));
// The images the stylesheet points at ($govuk-assets-path). Not the fonts: GDS Transport is for
// GOV.UK services only, so the stylesheet uses the system font and never asks for them.
cpSync(join(govuk, "assets", "images"), join(out, "assets", "images"), { recursive: true });
console.log("Front end built into static/build/");
