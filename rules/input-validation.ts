import { defineRule } from '../src/engine/define-rule.js';
import { codeScan } from '../src/facts/code-scan.js';
import { judgeEvidence } from '../src/engine/judge.js';
import { gatherEvidence, signalHits } from '../src/facts/evidence.js';
import type { Finding } from '../src/types.js';
import { servesHttp } from '../src/facts/http.js';

const VALIDATION_DEPENDENCIES = [
  'zod', 'joi', 'yup', 'express-validator', 'celebrate', 'ajv', 'valibot', 'superstruct', 'class-validator', '@sinclair/typebox', 'nestjs-zod', '@vinejs/vine', 'arktype',
  'pydantic', 'marshmallow', 'webargs', 'djangorestframework', 'cerberus', 'jsonschema', 'wtforms', 'flask-wtf',
  'org.springframework.boot:spring-boot-starter-validation', 'jakarta.validation:jakarta.validation-api', 'org.hibernate.validator:hibernate-validator',
  'github.com/go-playground/validator/v10', 'github.com/go-ozzo/ozzo-validation/v4', 'github.com/asaskevich/govalidator',
  'symfony/validator', 'FluentValidation', 'FluentValidation.AspNetCore', 'FluentValidation.DependencyInjectionExtensions', 'dry-validation', 'dry-schema',
];

/** Explicit checks that return 4xx are validation a reviewer credits, short of a schema on every body. */
const MANUAL_SCORE = 0.75;

export default defineRule({
  meta: {
    id: 'input-validation',
    category: 'security',
    title: 'Request input is validated',
    rationale: 'Validating every request body at the edge (schemas, DTOs, form requests) prevents bad data and mass assignment; reviewers look for it on the write endpoints.',
    fix: 'Validate request bodies with a schema: zod/joi/class-validator, pydantic or DRF serializers, @Valid with Bean Validation, validator struct tags, FormRequest, DataAnnotations/FluentValidation, or Rails validates + strong parameters.',
    level: 'error',
    kind: 'evidence',
    weight: 4,
    stage: 3,
  },
  async check({ facts }) {
    const [evidence, scan, http] = await Promise.all([
      gatherEvidence(facts, { signals: ['validation'], dependencies: VALIDATION_DEPENDENCIES }),
      codeScan(facts),
      servesHttp(facts),
    ]);
    let verdict = judgeEvidence(evidence, { what: 'input validation', fix: 'Validate each request body against a schema or DTO before using it.', label: () => 'Validation in code' });
    // Checks written by hand that answer 400/422 validate input too, without a schema's coverage.
    const manual = signalHits(scan, ['validation-manual'], 3);
    if (verdict.outcome !== 'pass' && manual.length > 0 && (verdict.score ?? 0) < MANUAL_SCORE) {
      verdict = {
        outcome: 'partial',
        score: MANUAL_SCORE,
        summary: `Input is checked by hand, answering 400/422 (${manual[0]!.hit.file}:${manual[0]!.hit.line}), with no validation library or schema.`,
        findings: [
          ...manual.map(({ hit }) => ({ message: 'A hand-written check answers 400/422.', file: hit.file, line: hit.line })),
          { message: 'No schema or validation library: each endpoint repeats its own checks.', fix: 'Validate request bodies with a schema or DTO so every field is checked in one place.' },
        ],
      };
    }
    if (verdict.outcome === 'fail' && !http) return { outcome: 'not-applicable', summary: 'No HTTP framework or server: no request input to validate.' };
    const massAssignment: Finding[] = signalHits(scan, ['mass-assign'], 5).map(({ hit }) => ({
      message: 'Request data goes straight into the model (mass assignment).',
      file: hit.file,
      line: hit.line,
      fix: 'Pass only validated, whitelisted fields to the model.',
    }));
    if (massAssignment.length === 0) return verdict;
    const score = verdict.outcome === 'pass' ? 0.6 : verdict.outcome === 'partial' ? Math.min(verdict.score ?? 0.5, 0.3) : 0;
    return {
      outcome: score > 0 ? 'partial' : 'fail',
      ...(score > 0 ? { score } : {}),
      summary: `${massAssignment.length} place(s) pass raw request data to the model. ${verdict.summary}`,
      findings: [...massAssignment, ...(verdict.findings ?? [])],
    };
  },
});
