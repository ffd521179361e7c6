import { readFileSync } from "node:fs";
import { kindTable, table } from "./run-bench.js";

const r = JSON.parse(readFileSync(process.argv[2]!, "utf8"));
console.log(r.machine, r.date);
console.log(table(r.results));
for (const x of r.results) console.log(`\n${kindTable(x)}`);
