# Por que uma sincronização, criar uma redação ou entrar em uma falhou.
# O que o git ou o sistema disse chega em $said ou $detail como foi dito.


## git itself

git-missing = O ClaimDesk compartilha uma redação pelo git, e o git não foi encontrado neste computador. { $install }
git-install-windows = Instale o Git para Windows em https://git-scm.com/download/win (as opções padrão servem) e tente de novo.
git-install-macos = Instale o git: execute `xcode-select --install` no Terminal, ou baixe-o em https://git-scm.com/download/mac, e tente de novo.
git-install-other = Instale o git com o gerenciador de pacotes do sistema (por exemplo `sudo apt install git`) e tente de novo.
git-failed = o git não conseguiu { $doing }: { $said }
git-failed-no-reason = o git não conseguiu { $doing } e não deu motivo
git-cancelled = cancelado

## What git was doing (after "git could not")

git-doing-start = iniciar
git-doing-finish = terminar
git-doing-list-remotes = listar os remotos
git-doing-note-changes = anotar os arquivos alterados
git-doing-add-new = adicionar os projetos novos
git-doing-commit = registrar suas alterações
git-doing-record-merge = registrar a mesclagem
git-doing-note-merged = anotar o projeto mesclado
git-doing-keep-yours = manter sua cópia
git-doing-find-branch = encontrar o branch
git-doing-read-settings = ler as configurações do git
git-doing-fetch = buscar as alterações
git-doing-read-address = ler o endereço da redação
git-doing-make-repository = criar o repositório da redação
git-doing-find-repository = encontrar o repositório
git-doing-find-git-folder = encontrar a pasta do repositório
git-doing-list-new = listar os arquivos novos
git-doing-list-changed = listar os arquivos alterados
git-doing-take-desk = pegar os arquivos da redação
git-doing-list-incoming = listar o que chegou
git-doing-drop-deleted = tirar um arquivo excluído
git-doing-merge = mesclar as alterações da redação
git-doing-list-to-merge = listar os arquivos a mesclar
git-doing-list-desk = listar os arquivos da redação
git-doing-reach = alcançar a redação
git-doing-reach-at = alcançar a redação em { $remote }
git-doing-read-file = ler { $file }
git-doing-set = definir { $key }

## The folders

desk-error-not-a-folder = { $path } não é uma pasta
desk-error-not-in-a-desk = { $path } não está em uma redação (entre em uma primeiro: Arquivo › Redação › Entrar em uma redação…, ou `claimdesk desk join`)
desk-error-no-remote = { $path } não tem um repositório compartilhado para sincronizar (nenhum remoto chamado origin)
desk-error-not-on-a-branch = { $path } não está em um branch (uma mesclagem ou o checkout de uma versão antiga está em andamento)
desk-error-not-empty = { $path } não está vazia: escolha uma pasta nova ou vazia
desk-error-password-in-address = deixe a senha fora do endereço da redação: o git pede ao seu gerenciador de credenciais ou usa sua chave SSH, e o ClaimDesk nunca guarda uma senha
desk-error-not-a-repository = fora de um repositório git ({ $detail })
desk-error-cannot-read = não foi possível ler { $path }: { $detail }
desk-error-cannot-make = não foi possível criar { $path }: { $detail }
desk-error-cannot-write = não foi possível gravar { $path }: { $detail }

## A Sync

sync-error-project = { $path }: { $detail }
sync-error-unreadable = não foi possível ler
sync-error-as-said = { $detail }
sync-error-cancelled = A sincronização foi cancelada
# Why a Sync went offline when the desk could be reached.
sync-offline-pushed-first = outros continuaram enviando primeiro; sincronize de novo
