# Why two versions of a project could not be merged (a Sync, File › Merge,
# resolving a conflict). $detail is the reader's own message, as it came;
# `claimdesk merge` prints the English.

merge-error-unreadable = could not read a project: { $detail }
# $detail: what does not hold together (an error-problem-* message).
merge-error-does-not-hold = the merged project does not hold together: { $detail }
# $item: which claim or source ("claims[id=4]").
merge-error-item-does-not-hold = the merged { $item } does not hold together: { $detail }

## Settling a conflict (the Conflicts tab)

resolve-error-already-resolved = that conflict has already been resolved
resolve-error-claim-gone = the claim is no longer in the project
resolve-error-source-gone = the source is no longer in the project
resolve-error-article-needs-text = an article needs a text
# $detail: the check's own reason.
resolve-error-cannot-take = this value cannot be taken: { $detail }
resolve-error-does-not-fit = the value does not fit there: { $detail }
resolve-error-as-said = { $detail }
