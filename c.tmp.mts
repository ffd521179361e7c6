import { extractValues } from "./src/answer/extract-values.ts";
import { processTerm } from "./src/search/terms.ts";

for (const t of process.argv.slice(2)) {
  const v = extractValues(t, processTerm);
  console.log(
    JSON.stringify(v.names.map((n) => n.text)),
    JSON.stringify(v.people.map((n) => n.text)),
    JSON.stringify(v.count.map((n) => n.text)),
  );
}
