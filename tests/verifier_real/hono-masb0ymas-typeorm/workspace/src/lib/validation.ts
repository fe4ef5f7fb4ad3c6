// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/lib/validation.ts
import z from 'zod'

import type {
  NestedValidationMessagesKey,
  ValidationMessagesKey,
  ValidationMessagesParams,
} from '~/types/message'

import { VALIDATION_MESSAGES } from './constants/message'

export function detectValidationMessagesType<R extends ValidationMessagesKey>(
  ValidationMessages: R,
  params: ValidationMessagesParams[R]
): NestedValidationMessagesKey<R> | undefined {
  const msg = VALIDATION_MESSAGES[ValidationMessages]
  if (typeof msg !== 'object') return undefined

  const hasMinNumber = (value: unknown): value is { min: number } =>
    typeof (value as Record<string, unknown>)?.min === 'number'
  const hasValuesArray = (value: unknown): value is { values: unknown[] } =>
    Array.isArray((value as Record<string, unknown>)?.values)
  const hasFileField = (value: unknown): value is { file: unknown } =>
    typeof value === 'object' && value !== null && 'file' in (value as Record<string, unknown>)

  if ('string' in msg && hasMinNumber(params)) {
    return 'string' as NestedValidationMessagesKey<R>
  }
  if ('numeric' in msg && hasMinNumber(params)) {
    return 'numeric' as NestedValidationMessagesKey<R>
  }
  if ('file' in msg && hasFileField(params)) {
    return 'file' as NestedValidationMessagesKey<R>
  }
  if ('array' in msg && hasValuesArray(params)) {
    return 'array' as NestedValidationMessagesKey<R>
  }

  return 'string' as NestedValidationMessagesKey<R>
}

export function getValidationMessage<R extends ValidationMessagesKey>(
  rule: R,
  params: ValidationMessagesParams[R],
  type?: NestedValidationMessagesKey<R>
): string {
  const message = VALIDATION_MESSAGES[rule]
  let template: string | undefined

  if (typeof message === 'object') {
    const resolvedType = type ?? detectValidationMessagesType(rule, params)
    if (!resolvedType) {
      throw new Error(
        `Rule "${rule}" requires a type (e.g. "string" | "numeric" | "file" | "array").`
      )
    }

    if (resolvedType in message) {
      template = (message as Record<string, string>)[resolvedType as string]
    } else {
      throw new Error(`Type "${String(resolvedType)}" is not valid for rule "${rule}"`)
    }
  } else {
    template = message
  }

  if (!template) {
    throw new Error(`Template for rule "${rule}" not found`)
  }

  return template.replace(/:([a-zA-Z_]+)/g, (_, key) => {
    const templateParams = params as Record<string, unknown>
    return templateParams[key] !== undefined ? String(templateParams[key]) : `:${key}`
  })
}

export function zValidation<T>(
  schema: z.ZodSchema<T>,
  data: unknown
): Partial<Record<keyof T, string>> {
  const result = schema.safeParse(data)
  if (result.success) return {}

  const fieldErrors: Partial<Record<keyof T, string>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof T
    if (fieldErrors[field]) continue
    fieldErrors[field] = issue.message
  }
  return fieldErrors
}
