# Wayback Machine に接続できなかった、または応答を解釈できなかった理由。
archive-why-host-not-found = アーカイブのアドレスが見つかりません
archive-why-no-connection = 接続がありません
archive-why-not-json = JSON ではありません: { $detail }
archive-why-names-no-capture = 「{ $address }」はどのアーカイブ版も指していません
archive-why-capture-without-url = アドレスのないアーカイブ版
