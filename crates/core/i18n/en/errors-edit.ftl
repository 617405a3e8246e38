# Why a change, an undo or a redo could not be made. $id: the claim's or
# source's id in the project file.

edit-error-no-such-claim = claim { $id } no longer exists
edit-error-no-such-source = source { $id } no longer exists
edit-error-duplicate-claim = a claim with id { $id } already exists
edit-error-duplicate-source = a source with id { $id } already exists
