import { AppError } from '@kizuna/domain';
import type { z } from 'zod';

// Schema violations become one 400 listing every failing field.
export const parseInput = <T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError('VALIDATION_FAILED', `The ${where} does not match the schema`, {
    errors: result.error.issues.map((issue) => ({
      path: [where, ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  });
};
