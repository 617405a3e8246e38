# Por qué falló una sincronización, crear una redacción o unirse a una.
# Lo que dijo git o el sistema llega en $said o $detail tal como lo dijo.


## git itself

git-missing = ClaimDesk comparte una redacción mediante git, y git no está en este equipo. { $install }
git-install-windows = Instale Git para Windows desde https://git-scm.com/download/win (las opciones predeterminadas sirven) y vuelva a intentarlo.
git-install-macos = Instale git: ejecute `xcode-select --install` en Terminal, u obténgalo en https://git-scm.com/download/mac, y vuelva a intentarlo.
git-install-other = Instale git con el gestor de paquetes del sistema (por ejemplo `sudo apt install git`) y vuelva a intentarlo.
git-failed = git no pudo { $doing }: { $said }
git-failed-no-reason = git no pudo { $doing } y no dio ningún motivo
git-cancelled = cancelado

## What git was doing (after "git could not")

git-doing-start = iniciarse
git-doing-finish = terminar
git-doing-list-remotes = listar los remotos
git-doing-note-changes = anotar los archivos cambiados
git-doing-add-new = añadir los proyectos nuevos
git-doing-commit = confirmar sus cambios
git-doing-record-merge = registrar la fusión
git-doing-note-merged = anotar el proyecto fusionado
git-doing-keep-yours = conservar su copia
git-doing-find-branch = encontrar la rama
git-doing-read-settings = leer la configuración de git
git-doing-fetch = traer los cambios
git-doing-read-address = leer la dirección de la redacción
git-doing-make-repository = crear el repositorio de la redacción
git-doing-find-repository = encontrar el repositorio
git-doing-find-git-folder = encontrar la carpeta del repositorio
git-doing-list-new = listar los archivos nuevos
git-doing-list-changed = listar los archivos cambiados
git-doing-take-desk = tomar los archivos de la redacción
git-doing-list-incoming = listar lo que llegó
git-doing-drop-deleted = quitar un archivo borrado
git-doing-merge = fusionar los cambios de la redacción
git-doing-list-to-merge = listar los archivos por fusionar
git-doing-list-desk = listar los archivos de la redacción
git-doing-reach = llegar a la redacción
git-doing-reach-at = llegar a la redacción en { $remote }
git-doing-read-file = leer { $file }
git-doing-set = ajustar { $key }

## The folders

desk-error-not-a-folder = { $path } no es una carpeta
desk-error-not-in-a-desk = { $path } no está en una redacción (únase primero a una: Archivo › Redacción › Unirse a una redacción…, o `claimdesk desk join`)
desk-error-no-remote = { $path } no tiene un repositorio compartido con el que sincronizar (ningún remoto llamado origin)
desk-error-not-on-a-branch = { $path } no está en una rama (hay en curso una fusión o la extracción de una versión antigua)
desk-error-not-empty = { $path } no está vacía: elija una carpeta nueva o vacía
desk-error-password-in-address = no ponga la contraseña en la dirección de la redacción: git la pide a su gestor de credenciales o usa su clave SSH, y ClaimDesk nunca guarda una contraseña
desk-error-not-a-repository = no está dentro de un repositorio git ({ $detail })
desk-error-cannot-read = no se pudo leer { $path }: { $detail }
desk-error-cannot-make = no se pudo crear { $path }: { $detail }
desk-error-cannot-write = no se pudo escribir { $path }: { $detail }

## A Sync

sync-error-project = { $path }: { $detail }
sync-error-unreadable = no se pudo leer
sync-error-as-said = { $detail }
sync-error-cancelled = Se canceló la sincronización
# Why a Sync went offline when the desk could be reached.
sync-offline-pushed-first = otros enviaron primero una y otra vez; vuelva a sincronizar
