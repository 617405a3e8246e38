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
