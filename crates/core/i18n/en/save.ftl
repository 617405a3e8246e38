# Why a project could not be saved. What the operating system said comes in
# $detail as it said it; `claimdesk` prints the English.

# $detail: what the RON writer said.
save-error-serialize = could not write the project: { $detail }
# $path: the file or folder; $step: one of the save-step-* below.
save-error-io = could not save { $path } ({ $step }): { $detail }
save-step-following-link = following the link
save-step-temporary-file = creating a temporary file
save-step-writing = writing
save-step-flushing = flushing to disk
save-step-backup = keeping the previous version as .bak
save-step-replacing = replacing the file
save-step-recovery-folder = creating the recovery folder
save-step-reading-back = reading back what was written
