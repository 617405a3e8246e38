# Why an export failed. $detail is the writer's own message, as it came;
# `claimdesk export` prints the English. (A file that could not be written
# says so with save.ftl's save-error-io.)

export-error-template = could not render the report: { $detail }
export-error-json = could not write JSON: { $detail }
export-error-csv = could not write CSV: { $detail }
