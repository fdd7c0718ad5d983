#!/usr/bin/env node
// Validates a SARIF log against the OASIS SARIF 2.1.0 JSON schema (draft-04,
// hence ajv-draft-04), with formats (uri, uri-reference, date-time) checked by
// ajv-formats, then checks what the schema cannot: one run, every result's
// ruleId and ruleIndex point at the same rule, regions are 1-based and in
// order, and the log has results at all.
//
//   node validate-sarif.js SCHEMA.json LOG.sarif
//
// Exits 0 when valid, 1 with one line per problem otherwise.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const [schemaFile, logFile] = process.argv.slice(2);
if (!schemaFile || !logFile) {
  console.error('usage: validate-sarif.js SCHEMA.json LOG.sarif');
  process.exit(2);
}
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
let log;
try {
  log = JSON.parse(fs.readFileSync(logFile, 'utf8'));
} catch (e) {
  console.error(`${logFile}: not JSON: ${e.message}`);
  process.exit(1);
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const problems = [];
if (!validate(log))
  for (const e of validate.errors)
    problems.push(`schema: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);

if (log.version !== '2.1.0') problems.push(`version is ${log.version}, not 2.1.0`);
if (!Array.isArray(log.runs) || log.runs.length !== 1)
  problems.push('expected exactly one run');
const run = (log.runs || [])[0] || {};
const rules = (((run.tool || {}).driver || {}).rules) || [];
const results = run.results || [];
const ids = new Map(rules.map((r, i) => [r.id, i]));
if (ids.size !== rules.length) problems.push('rule ids are not unique');
if (results.length === 0) problems.push('no results: the sample corpus has findings');
results.forEach((r, n) => {
  const where = `results[${n}] (${r.ruleId})`;
  if (!ids.has(r.ruleId)) problems.push(`${where}: ruleId is not among tool.driver.rules`);
  else if (r.ruleIndex !== undefined && r.ruleIndex !== ids.get(r.ruleId))
    problems.push(`${where}: ruleIndex ${r.ruleIndex} is not rule ${r.ruleId}`);
  for (const loc of r.locations || []) {
    const region = (loc.physicalLocation || {}).region;
    if (!region) continue;
    const start = [region.startLine, region.startColumn || 1];
    const end = [region.endLine || region.startLine, region.endColumn || Infinity];
    if (start[0] < 1 || start[1] < 1) problems.push(`${where}: region is not 1-based`);
    if (end[0] < start[0] || (end[0] === start[0] && end[1] < start[1]))
      problems.push(`${where}: region ends before it starts`);
  }
  if (!r.message || !r.message.text) problems.push(`${where}: no message text`);
});

if (problems.length) {
  for (const p of problems.slice(0, 50)) console.error(`${path.basename(logFile)}: ${p}`);
  if (problems.length > 50) console.error(`... and ${problems.length - 50} more`);
  process.exit(1);
}
console.log(`${path.basename(logFile)}: valid SARIF 2.1.0, ${rules.length} rules, ${results.length} results`);
