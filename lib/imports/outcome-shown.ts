// The import history tells what an import came to, not only whether its job ran: a list import that the gates
// quarantined wrote its version but put nothing in force, so calling it "succeeded" misleads the reader.

/** The status the import history shows for a job, given the state of the list version it produced (if any). */
export function importOutcomeShown(jobStatus: string, listVersionStatus?: string): string {
  if (jobStatus !== "succeeded" || !listVersionStatus) return jobStatus;
  if (listVersionStatus === "quarantined") return "quarantined";
  if (listVersionStatus === "rejected") return "rejected after quarantine";
  return jobStatus;
}
