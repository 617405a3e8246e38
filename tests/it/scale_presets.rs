//! Rating-scale presets in the window's language: a new project takes the
//! verdicts' labels and descriptions from `scale.ftl`, and keeps them when
//! the window's language changes or the file is opened elsewhere.

use claimdesk::i18n::{self, Catalog, Lang};
use claimdesk::model::{Article, ScaleKind, ScalePreset};
use claimdesk::ui::{Command, scale_presets};

use crate::window::harness_any_script;

#[test]
fn the_built_in_english_presets_say_what_the_english_catalog_says() {
    let english = Catalog::get(Lang::En);
    for preset in ScalePreset::ALL {
        for (id, text) in preset.english_messages() {
            assert!(english.has(&id), "scale.ftl lacks {id}");
            assert_eq!(english.text(&id), text, "{id}");
        }
        assert_eq!(scale_presets::scale(preset, Lang::En), preset.scale());
    }
}

#[test]
fn a_preset_in_spanish_or_arabic_has_that_languages_words_and_the_same_ids() {
    for lang in [Lang::Es, Lang::Ar] {
        let english = ScalePreset::TruthSixStep.scale();
        let here = scale_presets::scale(ScalePreset::TruthSixStep, lang);
        assert_eq!(
            here.name,
            i18n::text(lang, "scale-preset-truth"),
            "{}",
            lang.code()
        );
        assert_eq!(here.verdicts.len(), english.verdicts.len());
        for (v, e) in here.verdicts.iter().zip(&english.verdicts) {
            assert_eq!((v.id, v.value, v.color), (e.id, e.value, e.color));
        }
        let false_ = &here.verdicts[4];
        assert_eq!(false_.label, i18n::text(lang, "scale-truth-false"));
        assert_ne!(false_.label, "False", "{}", lang.code());
        assert_eq!(
            false_.description,
            i18n::text(lang, "scale-truth-false-description")
        );
    }
    let c = scale_presets::scale(ScalePreset::ConclusionOnly, Lang::Ar);
    assert_eq!(c.kind, ScaleKind::ConclusionOnly);
    assert!(c.verdicts.is_empty());
}

#[test]
fn a_new_project_takes_the_windows_words_and_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = crate::window::copy_sample(dir.path(), "desk.ron");
    let mut h = harness_any_script(&path, &path);
    let ctx = h.ctx.clone();
    h.state_mut().set_language(&ctx, Lang::Es, false);
    h.run_steps(2);
    h.state_mut().apply(
        &ctx,
        Command::NewProject {
            title: "Comprobación".into(),
            preset: ScalePreset::Short,
        },
    );
    h.run_steps(2);
    let spanish = scale_presets::scale(ScalePreset::Short, Lang::Es);
    assert_eq!(h.state().project().scale, spanish);
    assert_eq!(
        h.state().project().scale.verdicts[1].label,
        i18n::text(Lang::Es, "scale-short-misleading")
    );
    // The window switches to Arabic: the project's labels are its own.
    h.state_mut().set_language(&ctx, Lang::Ar, true);
    h.run_steps(2);
    assert_eq!(h.state().project().scale, spanish);
    // Saved and read back, they are the same.
    let saved = dir.path().join("new.ron");
    let mut project = h.state().project().clone();
    project.article = Article::new(Default::default(), "Texto.\n".into());
    claimdesk::io::save_project(&project, &saved).unwrap();
    assert_eq!(claimdesk::io::load_project(&saved).unwrap().scale, spanish);
}

#[test]
fn claimdesk_new_with_lang_makes_a_project_in_that_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("fares.ron");
    let out_arg = out.to_string_lossy().into_owned();
    let article = crate::common::intake_fixture("rail-fares.md");
    let run = crate::common::claimdesk(&["new", &article, "-o", &out_arg, "--lang", "pt-BR"]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let project = claimdesk::io::load_project(&out).unwrap();
    assert_eq!(
        project.scale,
        scale_presets::scale(ScalePreset::TruthSixStep, Lang::PtBr)
    );
    assert_eq!(project.settings.report_language.as_deref(), Some("pt-BR"));
    // Without it, English, and the report language left to whoever opens it.
    let run = crate::common::claimdesk(&["new", &article, "-o", &out_arg, "--force"]);
    assert_eq!(run.status.code(), Some(0));
    let project = claimdesk::io::load_project(&out).unwrap();
    assert_eq!(project.scale, ScalePreset::TruthSixStep.scale());
    assert_eq!(project.settings.report_language, None);
}
