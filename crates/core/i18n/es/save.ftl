# Por qué no se pudo guardar un proyecto.

save-error-serialize = no se pudo escribir el proyecto: { $detail }
save-error-io = no se pudo guardar { $path } ({ $step }): { $detail }
save-step-following-link = al seguir el enlace
save-step-temporary-file = al crear un archivo temporal
save-step-writing = al escribir
save-step-flushing = al volcar al disco
save-step-backup = al conservar la versión anterior como .bak
save-step-replacing = al reemplazar el archivo
save-step-recovery-folder = al crear la carpeta de recuperación
save-step-reading-back = al releer lo escrito
