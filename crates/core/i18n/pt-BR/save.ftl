# Por que não foi possível salvar um projeto.

save-error-serialize = não foi possível gravar o projeto: { $detail }
save-error-io = não foi possível salvar { $path } ({ $step }): { $detail }
save-step-following-link = ao seguir o link
save-step-temporary-file = ao criar um arquivo temporário
save-step-writing = ao gravar
save-step-flushing = ao descarregar no disco
save-step-backup = ao manter a versão anterior como .bak
save-step-replacing = ao substituir o arquivo
save-step-recovery-folder = ao criar a pasta de recuperação
save-step-reading-back = ao reler o que foi gravado
