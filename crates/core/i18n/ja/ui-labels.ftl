# The fixed choices of the model as the window shows them.

# A claim's status in the workflow.
status-new = 新規
status-in-progress = 作業中
status-ready-for-review = レビュー待ち
status-approved = 承認済み

# How a source bears on a claim.
stance-unset = 関係未選択
stance-supports = 裏付け
stance-refutes = 反証
stance-context = 文脈

# How far a source can be trusted.
reliability-credible = 信頼できる
reliability-mixed = 一部信頼できる
reliability-not-credible = 信頼できない
reliability-unknown = 不明

# Why a review step cannot be taken (the Approve button's reason, the status bar).
review-error-no-such-claim = その言説はもう存在しません
review-error-no-such-comment = そのコメントはもう存在しません
review-error-no-name = 承認には名前が必要です。承認者がわかるよう、「編集 › 名前の設定…」で設定してください
review-error-own-verdict = この判定は自分で設定したものです。別の人が承認する必要があります
review-error-no-verdict = この言説には、承認できる判定（または結論）がまだありません
# $status: the claim's status, e.g. In progress.
review-error-not-ready = 承認できるのは「レビュー待ち」の言説だけです。この言説は「{ $status }」です
review-error-empty-comment = 先にコメントを書いてください
review-error-empty-note = この言説は公開済みです。判定や判定理由の変更には訂正の説明が必要です
review-error-needs-correction-note = この言説は公開済みです。判定や判定理由は「訂正…」で変更してください（訂正の説明を求められます）
review-error-approve-by-sign-off = 言説が「承認済み」になるのは、レビュー担当者の承認（「承認」ボタン）によってだけです
review-error-nothing-to-correct = 何も変更されていません
