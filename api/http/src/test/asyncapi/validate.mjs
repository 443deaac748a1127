// Validates an AsyncAPI document with the official AsyncAPI parser (@asyncapi/parser): the AsyncAPI
// JSON Schema, bindings, references and the parser's Spectral rules. Prints one JSON line per
// diagnostic, then one summary line; exits 0 when the document parses with no error-level diagnostic.
// Usage: node validate.mjs <document.yaml>
import { readFile } from 'node:fs/promises';
import { Parser } from '@asyncapi/parser';

const SEVERITIES = ['error', 'warning', 'information', 'hint'];

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate.mjs <asyncapi document>');
  process.exit(2);
}

const text = await readFile(file, 'utf8');
const { document, diagnostics } = await new Parser().parse(text, { source: file });

for (const diagnostic of diagnostics) {
  console.log(JSON.stringify({
    diagnostic: SEVERITIES[diagnostic.severity] ?? String(diagnostic.severity),
    code: diagnostic.code,
    message: diagnostic.message,
    path: diagnostic.path.join('/'),
  }));
}

const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 0).length;
console.log(JSON.stringify({
  summary: {
    parsed: document !== undefined,
    errors,
    version: document?.version(),
    channels: document ? document.channels().all().map((channel) => channel.id()) : [],
    operations: document ? document.operations().all().map((operation) => operation.id()) : [],
    messages: document ? document.components().messages().all().map((message) => message.name()) : [],
  },
}));
process.exit(document !== undefined && errors === 0 ? 0 : 1);
