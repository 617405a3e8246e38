# 変更・元に戻す・やり直しができなかった理由。$id はファイル内の ID。

edit-error-no-such-claim = 言説 { $id } はもうありません
edit-error-no-such-source = 情報源 { $id } はもうありません
edit-error-duplicate-claim = ID { $id } の言説はすでにあります
edit-error-duplicate-source = ID { $id } の情報源はすでにあります
