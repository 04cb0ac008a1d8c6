// Validates a SARIF log against the official SARIF 2.1.0 schema (draft-04, vendored under
// tests/data/sarif), then checks what GitHub code scanning needs beyond the schema. With DOCS
// (docs/rules.md), every rule of the rule set must have a helpUri: an absolute URL whose
// fragment is the anchor of the rule's row in DOCS.
// Usage: node validate.mjs SCHEMA LOG [DOCS]
import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";

const [schemaPath, logPath, docsPath] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const log = JSON.parse(readFileSync(logPath, "utf8"));
const problems = [];

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
const validate = ajv.compile(schema);
if (!validate(log)) {
  for (const e of validate.errors) problems.push(`schema: ${e.instancePath} ${e.message}`);
}

// GitHub: one run with a tool driver named; every result names a rule that the driver
// describes at ruleIndex, has a message, a physical location with a relative URI and a
// startLine, and a primaryLocationLineHash fingerprint; a rule has an id and a description.
for (const run of log.runs ?? []) {
  const rules = run.tool?.driver?.rules ?? [];
  if (!run.tool?.driver?.name) problems.push("github: tool.driver.name is missing");
  for (const rule of rules) {
    if (!rule.id) problems.push("github: a rule has no id");
    if (!rule.shortDescription?.text) problems.push(`github: rule ${rule.id} has no shortDescription`);
  }
  for (const [i, result] of (run.results ?? []).entries()) {
    const where = `result ${i}`;
    if (rules[result.ruleIndex]?.id !== result.ruleId)
      problems.push(`github: ${where}: ruleIndex does not point at rule ${result.ruleId}`);
    if (!result.message?.text) problems.push(`github: ${where}: no message text`);
    const location = result.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri ?? "";
    if (!uri || /^[a-z]+:/i.test(uri) || uri.startsWith("/"))
      problems.push(`github: ${where}: artifact URI '${uri}' is not relative`);
    if (!(location?.region?.startLine >= 1)) problems.push(`github: ${where}: no startLine`);
    if (!result.partialFingerprints?.primaryLocationLineHash)
      problems.push(`github: ${where}: no primaryLocationLineHash`);
  }
}

if (docsPath) {
  const docs = readFileSync(docsPath, "utf8");
  let linked = 0;
  for (const rule of log.runs[0].tool.driver.rules) {
    if (!rule.properties?.kind) continue;  // not a rule of the rule set (the input's own)
    const url = rule.helpUri ? new URL(rule.helpUri) : null;
    if (!url || !/^[a-z]+:$/.test(url.protocol)) {
      problems.push(`docs: rule ${rule.id} has no absolute helpUri`);
      continue;
    }
    if (url.hash !== `#rule-${rule.id}` || !docs.includes(`<a id="rule-${rule.id}"></a>`))
      problems.push(`docs: rule ${rule.id}: helpUri ${rule.helpUri} names no row of ${docsPath}`);
    ++linked;
  }
  if (linked === 0) problems.push("docs: no rule was checked for its helpUri");
  else console.log(`${linked} rules link to their rows in ${docsPath}`);
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`${logPath}: valid SARIF 2.1.0, ${log.runs[0].results.length} result(s)`);
