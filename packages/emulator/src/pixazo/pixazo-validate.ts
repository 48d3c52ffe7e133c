import { type FieldProblem, FieldReader } from '../validation/field-reader.ts';
import type { PixazoField, PixazoModel } from './pixazo-models.ts';

/** The validated body, with the documented defaults filled in. */
export type PixazoValues = Record<string, string | number | boolean | string[] | undefined>;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function readField(reader: FieldReader, field: PixazoField): PixazoValues[string] {
  const required = field.required ?? false;
  switch (field.type) {
    case 'string':
      return field.allowed
        ? reader.oneOf(field.name, field.allowed, { required })
        : reader.string(field.name, { required, nonEmpty: required });
    case 'integer':
      return reader.number(field.name, {
        required,
        integer: true,
        min: field.min ?? Number.NEGATIVE_INFINITY,
        max: field.max ?? Number.POSITIVE_INFINITY,
      });
    case 'boolean':
      return reader.boolean(field.name, { required });
    case 'string[]':
      return reader.stringArray(field.name, {
        required,
        min: field.min ?? 0,
        max: field.max ?? Number.POSITIVE_INFINITY,
      });
  }
}

/**
 * Validates a body against a model's documented fields. Media must be public http(s) URLs, as the
 * Pixazo documents say; unknown fields are ignored.
 */
export function readPixazoBody(
  model: PixazoModel,
  body: unknown,
): { values: PixazoValues } | { problem: FieldProblem } {
  const reader = new FieldReader(body);
  if (!FieldReader.isObject(body))
    return { problem: { field: 'body', kind: 'type', message: 'The body must be a JSON object' } };
  const values: PixazoValues = {};
  for (const field of model.fields) {
    const value = readField(reader, field) ?? field.default;
    if (field.media && value !== undefined) {
      const urls = Array.isArray(value) ? value : [String(value)];
      if (!urls.every(isHttpUrl))
        reader.reject(field.name, 'range', `${field.name} must be a public http(s) URL`);
    }
    values[field.name] = value;
  }
  return reader.problem ? { problem: reader.problem } : { values };
}
