# The Desk tab and its dialogs: a team's projects in one shared git repository.
# Brazilian Portuguese: docs/i18n/glossary-pt-BR.md (você; infinitive for buttons and menu items).

desk-not-in-a-desk = Este projeto não está em uma redação.
desk-how-to-join = Arquivo › Redação › Entrar em uma redação… traz uma redação compartilhada para este computador; Criar uma redação… cria uma com este projeto.
desk-sync = Sincronizar
desk-refresh = Atualizar
desk-folder = Redação: { $folder }
desk-reading = Lendo a redação…
desk-projects = Projetos
# A project's claims by status; the conflicts part only when there are some.
desk-project-line = { $title }: { $new ->
    [one] { $new } nova
   *[other] { $new } novas
}, { $progress } em andamento, { $ready ->
    [one] { $ready } pronta para revisão
   *[other] { $ready } prontas para revisão
}, { $approved ->
    [one] { $approved } aprovada
   *[other] { $approved } aprovadas
}{ $conflicts ->
    [0] {""}
    [one] , { $conflicts } conflito
   *[other] , { $conflicts } conflitos
}
desk-waiting-sign-off = Aguardando seu aval ({ $count })
desk-returned = Devolvidas a você ({ $count })
desk-comments-for-you = Comentários em aberto para você ({ $count })
desk-nothing = Nada.

desk-join-heading = Entrar em uma redação
desk-join-explained = O lugar compartilhado da sua redação: um endereço web (https ou ssh) que seu editor passou, ou uma pasta em uma unidade compartilhada.
desk-the-desk = A redação
desk-the-desk-hint = https://…, git@… ou uma pasta
desk-your-copy = Sua cópia (uma pasta nova ou vazia neste computador)
desk-a-folder = uma pasta
desk-your-email = Seu e-mail (assina suas alterações)
desk-email-hint = nome@example.org
desk-join = Entrar
desk-cancel = Cancelar
desk-start-heading = Criar uma redação
desk-start-explained = Uma nova redação compartilhada em uma pasta que todos podem acessar (uma unidade compartilhada), com o projeto aberto dentro dela.
desk-shared-folder = A pasta compartilhada da redação (nova ou vazia)
desk-shared-folder-hint = uma pasta na unidade compartilhada
desk-start = Criar a redação
desk-name-first = Primeiro defina seu nome (Editar › Seu nome…): ele assina suas alterações.
desk-signed-as = Suas alterações são assinadas como { $name }.

# The desk's messages in the status bar and error dialogs.
desk-msg-name-first = Primeiro defina seu nome: ele assina suas alterações na redação
desk-msg-could-not-sync = Não foi possível sincronizar
desk-msg-not-in-desk = Este projeto não está salvo em uma pasta de redação. Arquivo › Redação › Criar uma redação… o coloca em uma; Entrar em uma redação… traz uma para cá.
desk-msg-sync-stopped = A sincronização parou
desk-msg-not-saved = Não foi possível salvar o projeto, então nada foi enviado.
desk-msg-syncing = Sincronizando com a redação…
desk-msg-sending = Enviando suas alterações e buscando as dos outros
# $done and $total are filled in as the Sync goes: keep them.
desk-msg-sync-step = Sincronizando: etapa { $done } de { $total }
desk-msg-sync-note = Seu trabalho está salvo. Cancelar para antes de enviar qualquer outra coisa.
desk-msg-sync-cancelled = A sincronização foi cancelada: seu trabalho está salvo e registrado aqui; sincronize de novo para enviá-lo
desk-msg-sync-internal-error = A sincronização parou por um erro interno.
desk-msg-could-not-set-up = Não foi possível configurar a redação
desk-msg-setup-internal-error = Parou por um erro interno.
desk-msg-nothing-came-in = nada de novo chegou
# $came: what came in ("Ben approved #3 and #7"), or the message above.
desk-msg-synced = Sincronizado: { $came }
desk-msg-conflicts = Mesclado com conflitos a resolver (guia Conflitos); depois sincronize de novo: nada foi enviado. Chegou: { $came }
# $reason: why the desk could not be reached (git's words).
desk-msg-offline = Não foi possível acessar a redação ({ $reason }). Suas alterações estão registradas aqui e serão enviadas na próxima sincronização.
desk-msg-joining = Entrando na redação…
desk-msg-could-not-start = Não foi possível criar uma redação
desk-msg-save-first = Primeiro salve o projeto (Arquivo › Salvar como…): a redação começa com ele.
desk-msg-starting = Criando a redação…
desk-msg-setup-note = Isso pode demorar um pouco em uma redação grande.
desk-msg-cancelled = Cancelado
desk-msg-joined-empty = Você entrou na redação em { $folder }: ela ainda não tem projetos
desk-msg-save-then-open = A redação está em { $folder }: salve seu trabalho e depois abra os projetos dela pela guia Redação
