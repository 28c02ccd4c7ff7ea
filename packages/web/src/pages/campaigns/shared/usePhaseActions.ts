import { SelfProblemSchema } from '@bianping/core/campaigns/self-assessment-api';
import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { z } from 'zod';
import { isApiError } from '../../../api/errors.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import type { MessageKey } from '../../../app/i18n/zh.ts';

/** A problem a refused submit names (the self-assessment's and the on-site review's alike). */
export type PhaseProblem = z.infer<typeof SelfProblemSchema>;

const ProblemsDetailsSchema = z.union([
  z.object({ problems: z.array(SelfProblemSchema) }).transform((d) => d.problems),
  z.array(SelfProblemSchema),
]);

/** The problems a refused submit names in its details, or null when it names none. */
export function problemsOf(error: unknown): PhaseProblem[] | null {
  if (!isApiError(error)) return null;
  const parsed = ProblemsDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

/** The calls of one form phase, each on the phase's version, and the words its answers show. */
export type PhaseActionsSpec = {
  submit: (version: number) => Promise<unknown>;
  giveBack: (version: number, reason: string) => Promise<unknown>;
  accept: (version: number) => Promise<unknown>;
  /** i18n keys of the answers: submitted, submit refused, returned, accepted, stale. */
  messages: Record<'submitted' | 'submitRefused' | 'returned' | 'accepted' | 'stale', MessageKey>;
  /** Reloads what the answer changes (the form and the lists whose tags follow). */
  reload: () => void;
};

/**
 * Submit (by who fills the phase), return and accept (by the office) of a form phase. A refused
 * submit keeps its problems for the page to list; a stale step warns; any answer reloads.
 */
export function usePhaseActions(version: number, spec: PhaseActionsSpec) {
  const { message } = App.useApp();
  const t = useT();
  const errorText = useErrorText();
  const [problems, setProblems] = useState<PhaseProblem[] | null>(null);
  const { reload, messages } = spec;
  const onError = (error: unknown) => {
    if (isApiError(error, 'E_STALE_VERSION')) void message.warning(t(messages.stale));
    else void message.error(errorText(error));
    reload();
  };
  const done = (key: MessageKey) => () => {
    void message.success(t(key));
    reload();
  };
  const submit = useMutation({
    mutationFn: () => spec.submit(version),
    onSuccess: () => {
      setProblems(null);
      done(messages.submitted)();
    },
    onError: (error) => {
      const found = problemsOf(error);
      if (!found) return onError(error);
      setProblems(found);
      void message.error(t(messages.submitRefused));
      reload();
    },
  });
  const giveBack = useMutation({
    mutationFn: (reason: string) => spec.giveBack(version, reason),
    onSuccess: done(messages.returned),
    onError,
  });
  const accept = useMutation({
    mutationFn: () => spec.accept(version),
    onSuccess: done(messages.accepted),
    onError,
  });
  return { submit, giveBack, accept, problems, clearProblems: () => setProblems(null) };
}
