import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { registryQueries } from '../../../api/registry.ts'
import type { Actor, ApprovalRequest, RequestTarget } from '../../../lib/approval-tags.ts'
import { toast } from '../../../components/ui/toast-store.ts'
import { approveRequest, closeRequest, createRequest } from '../data/approval-flow.ts'
import { applyDirect, recordOrThrow, type ApplyInput } from '../data/change-flow.ts'
import type { PendingTag } from '../data/flow-error.ts'

// Everything registry-related (models, versions, aliases, the approval queue) shares this prefix.
function useInvalidateRegistry() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: registryQueries.all() })
}

const meta = { hasInlineError: true }

/** Applies a change right away (after a fresh re-read) and records it in the audit log. */
export function useApplyChange() {
  const invalidate = useInvalidateRegistry()
  return useMutation({
    mutationFn: (input: ApplyInput) => applyDirect(input),
    meta,
    onSuccess: () => toast.success('Change applied', 'Recorded in the model history.'),
    onSettled: invalidate,
  })
}

/** Files an approval request as a model-version tag. */
export function useCreateRequest() {
  const invalidate = useInvalidateRegistry()
  return useMutation({
    mutationFn: (a: { model: string; version: string; target: RequestTarget; comment: string; actor: Actor }) => createRequest(a),
    meta,
    onSuccess: () => toast.success('Request filed', 'Leads see it under Requests.'),
    onSettled: invalidate,
  })
}

/** Approves a request through the claim guard; `step` says what it is doing. */
export function useApproveRequest() {
  const invalidate = useInvalidateRegistry()
  const [step, setStep] = useState('')
  const mutation = useMutation({
    mutationFn: (a: { request: ApprovalRequest; comment: string; actor: Actor }) => approveRequest(a.request, a.comment, a.actor, setStep),
    meta,
    onSuccess: () => toast.success('Request approved', 'The change was applied and recorded.'),
    onSettled: () => {
      setStep('')
      return invalidate()
    },
  })
  return { ...mutation, step }
}

/** Rejects or cancels a request (a decision tag only). */
export function useCloseRequest() {
  const invalidate = useInvalidateRegistry()
  return useMutation({
    mutationFn: (a: { request: ApprovalRequest; outcome: 'rejected' | 'cancelled'; comment: string; actor: Actor }) => closeRequest(a.request, a.outcome, a.comment, a.actor),
    meta,
    onSuccess: (_d, a) => toast.success(a.outcome === 'rejected' ? 'Request rejected' : 'Request cancelled'),
    onSettled: invalidate,
  })
}

/** Writes audit/decision tags again after a change succeeded but recording it failed. */
export function useRecordAgain() {
  const invalidate = useInvalidateRegistry()
  return useMutation({
    mutationFn: (pending: PendingTag[]) => recordOrThrow(pending),
    meta,
    onSuccess: () => toast.success('Recorded', 'The change is now in the model history.'),
    onSettled: invalidate,
  })
}
