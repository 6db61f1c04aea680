/**
 * Writes that happen once per form submission (issue #13: a double click on
 * "Gem" saved, then reported a conflict with itself, and following the
 * message saved a duplicate). Every submission carries an `Idempotency-Key`
 * (src/server/shared/idempotency.ts carries a repeat out once and answers it
 * again); the key is renewed once the server has answered, so the next
 * submission is a new write, while a request whose answer was lost (status 0)
 * is retried under the same key and answered, not saved twice.
 */
import { type UseMutationOptions, useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { ApiError } from './api.ts';

const newKey = (): string => crypto.randomUUID();

/**
 * `useMutation` whose `mutationFn` also gets the submission's idempotency key
 * (to pass as `idempotencyKey` in the call's params).
 */
export function useIdempotentMutation<TData, TVariables = void>(
  options: Omit<UseMutationOptions<TData, Error, TVariables>, 'mutationFn'> & {
    mutationFn: (variables: TVariables, idempotencyKey: string) => Promise<TData>;
  },
) {
  const key = useRef(newKey());
  const { mutationFn, onSettled, ...rest } = options;
  return useMutation<TData, Error, TVariables>({
    ...rest,
    mutationFn: (variables) => mutationFn(variables, key.current),
    onSettled: (data, error, variables, onMutateResult, context) => {
      if (!(error instanceof ApiError && error.status === 0)) key.current = newKey();
      return onSettled?.(data, error, variables, onMutateResult, context);
    },
  });
}
