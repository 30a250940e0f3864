import {
  HeadcountSnapshotSchema,
  ObservationSchema,
  OrgUnitSchema,
  PersonSchema,
  ProgrammeSchema,
  RotationRecordSchema,
  TrainingRecordSchema,
} from '@cadre/core';
import { StoredTargetSchema } from '@cadre/core/adapter';
import { z } from '@hono/zod-openapi';
import { named } from './openapi-meta.js';

/** Person-level records: personal data, returned only to callers with the `read` scope. */
export const PersonOut = named(PersonSchema, 'Person');
export const TrainingRecordOut = named(TrainingRecordSchema, 'TrainingRecord');
export const RotationRecordOut = named(RotationRecordSchema, 'RotationRecord');

/** An import batch as documented: every section is a list of rows in the core's shapes. */
export const ImportBatchSchema = z
  .object({
    orgUnits: z.array(OrgUnitSchema),
    programmes: z.array(ProgrammeSchema),
    targets: z.array(StoredTargetSchema),
    observations: z.array(ObservationSchema),
    persons: z.array(PersonSchema),
    training: z.array(TrainingRecordSchema),
    rotations: z.array(RotationRecordSchema),
    headcounts: z.array(HeadcountSnapshotSchema),
  })
  .partial()
  .strict();

/**
 * What the import route checks itself: known sections holding lists. Rows are checked by the store,
 * so that `skip_bad_rows` can apply the good ones and report the others.
 */
export const ImportEnvelopeSchema = z
  .object({
    orgUnits: z.array(z.unknown()),
    programmes: z.array(z.unknown()),
    targets: z.array(z.unknown()),
    observations: z.array(z.unknown()),
    persons: z.array(z.unknown()),
    training: z.array(z.unknown()),
    rotations: z.array(z.unknown()),
    headcounts: z.array(z.unknown()),
  })
  .partial()
  .strict();
