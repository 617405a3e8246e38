# Por que uma alteração não pôde ser feita, desfeita ou refeita. $id: o id no arquivo.

edit-error-no-such-claim = a alegação { $id } não existe mais
edit-error-no-such-source = a fonte { $id } não existe mais
edit-error-duplicate-claim = já existe uma alegação com o id { $id }
edit-error-duplicate-source = já existe uma fonte com o id { $id }
