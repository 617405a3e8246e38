# The rating-scale presets: each preset's name, and each verdict's label and
# what it means. A new project takes them in the window's language; a
# project keeps the words it was made with (they are stored in its file).
# Use the words fact-checkers publishing in the language use for their
# ratings (see the language's glossary).

scale-preset-truth = Six-step truth scale
scale-preset-snopes = Snopes-style scale
scale-preset-short = Short scale
scale-preset-conclusion-only = Conclusion only (no scale)

## Six-step truth scale

scale-truth-true = True
scale-truth-true-description = The statement is accurate and nothing significant is missing.
scale-truth-mostly-true = Mostly true
scale-truth-mostly-true-description = The statement is accurate but needs clarification or additional information.
scale-truth-half-true = Half true
scale-truth-half-true-description = The statement is partially accurate but leaves out important details or takes things out of context.
scale-truth-mostly-false = Mostly false
scale-truth-mostly-false-description = The statement contains an element of truth but ignores critical facts that would give a different impression.
scale-truth-false = False
scale-truth-false-description = The statement is not accurate.
scale-truth-pants-on-fire = Pants on fire
scale-truth-pants-on-fire-description = The statement is not accurate and makes a ridiculous claim.

## Snopes-style scale

scale-snopes-true = True
scale-snopes-true-description = The primary elements of the claim are demonstrably true.
scale-snopes-mostly-true = Mostly true
scale-snopes-mostly-true-description = The primary elements are true, but some details are inaccurate or missing.
scale-snopes-mixture = Mixture
scale-snopes-mixture-description = The claim has significant elements of both truth and falsity.
scale-snopes-mostly-false = Mostly false
scale-snopes-mostly-false-description = The primary elements are false, though some details are accurate.
scale-snopes-false = False
scale-snopes-false-description = The primary elements of the claim are demonstrably false.
scale-snopes-unproven = Unproven
scale-snopes-unproven-description = Insufficient evidence exists to establish the claim as true or false.
scale-snopes-outdated = Outdated
scale-snopes-outdated-description = The claim was once accurate but is no longer.
scale-snopes-miscaptioned = Miscaptioned
scale-snopes-miscaptioned-description = A real photo or video is presented with a false description of what it shows.

## Short scale

scale-short-accurate = Accurate
scale-short-accurate-description = The claim is correct.
scale-short-misleading = Misleading
scale-short-misleading-description = The claim contains facts but gives a false impression.
scale-short-false = False
scale-short-false-description = The claim is wrong.
scale-short-unverifiable = Unverifiable
scale-short-unverifiable-description = The evidence available cannot settle the claim.
