//! The guided journey: one topic per screen, a progress indicator, "Précédent"/"Suivant",
//! steps that cannot change the outcome skipped, the live result beside the questions, and
//! the recap where any answer can be changed in one click.

use super::eligibility::EligibilityPanel;
use super::fields::QuestionField;
use super::state::{ctx, Ctx, Screen};
use crate::answers::questions::{Field, Step, STEPS};
use crate::i18n::{lookup, t, tf};
use crate::rules::eligibility::Status;
use leptos::prelude::*;

/// The steps worth showing now, the current one always included.
pub fn visible_steps(ctx: Ctx, current: Option<Step>) -> Vec<Step> {
    let (missing, barred) = ctx.verdict.with(|o| match o {
        Ok(o) => (
            o.eligibility.missing.clone(),
            o.eligibility.structures.iter().any(|s| s.status == Status::NotEligible),
        ),
        Err(_) => (Vec::new(), false),
    });
    ctx.answers.with(|a| STEPS.iter().copied().filter(|s| Some(*s) == current || s.matters(a, &missing, barred)).collect())
}

/// An answer in words, or "not asked" for a question the journey skipped.
pub fn answer_or_skipped(field: Field, answers: &crate::answers::Answers, visible: &[Step]) -> String {
    if visible.contains(&field.step()) || field.is_answered(answers) {
        field.answer_text(answers)
    } else {
        t("recap.skipped").to_owned()
    }
}

fn step_title(step: Step) -> &'static str {
    lookup(&format!("step.{}.title", step.id())).unwrap_or(step.id())
}

fn go_next(ctx: Ctx, step: Step) {
    let steps = visible_steps(ctx, Some(step));
    let next = steps.iter().skip_while(|s| **s != step).nth(1).copied();
    ctx.go(next.map_or(Screen::Recap, Screen::Step));
}

fn go_previous(ctx: Ctx, step: Step) {
    let steps = visible_steps(ctx, Some(step));
    let previous = steps.iter().take_while(|s| **s != step).last().copied();
    ctx.go(previous.map_or(Screen::Home, Screen::Step));
}

#[component]
pub fn StepScreen(step: Step) -> impl IntoView {
    let ctx = ctx();
    let progress = move || {
        let steps = visible_steps(ctx, Some(step));
        let n = steps.iter().position(|s| *s == step).map_or(1, |i| i + 1);
        let total = steps.len() + 1; // the recap is the last step
        (n, total)
    };
    let intro = lookup(&format!("step.{}.intro", step.id()));
    view! {
        <div class="tr-journey">
            <section class="tr-step" aria-labelledby="tr-screen-title">
                <p class="tr-progress-text" data-testid="progress">{move || {
                    let (n, total) = progress();
                    tf("progress.label", &[("n", &n.to_string()), ("total", &total.to_string())])
                }}</p>
                <progress class="tr-progress" max=move || progress().1 value=move || progress().0 aria-hidden="true"></progress>
                <h1 id="tr-screen-title" tabindex="-1" data-testid="step-title">{step_title(step)}</h1>
                {intro.map(|i| view! { <p class="tr-lead-small">{i}</p> })}
                <form class="tr-form" on:submit=move |ev| { ev.prevent_default(); go_next(ctx, step); }>
                    {step.fields().iter().map(|f| view! { <QuestionField field=*f /> }).collect_view()}
                    <div class="tr-nav-buttons">
                        <button type="button" class="tr-button" data-testid="previous" on:click=move |_| go_previous(ctx, step)>{t("button.previous")}</button>
                        <button type="submit" class="tr-button tr-button-primary" data-testid="next">{t("button.next")}</button>
                    </div>
                </form>
            </section>
            <aside class="tr-live" aria-label=t("results.live")>
                <p class="tr-live-title">{t("results.live")}<span class="tr-muted">{" — "}{t("results.live_hint")}</span></p>
                <Show when=move || ctx.answers.with(|a| a.any_person_answer()) fallback=|| view! { <p class="tr-muted">{t("results.start_first")}</p> }>
                    <EligibilityPanel heading_level=3 />
                </Show>
            </aside>
        </div>
    }
}

#[component]
pub fn Recap() -> impl IntoView {
    let ctx = ctx();
    let rows = move || {
        let steps = visible_steps(ctx, None);
        let a = ctx.answers.get();
        STEPS
            .iter()
            .map(|step| {
                let fields: Vec<Field> = step.fields().iter().copied().filter(|f| f.applies(&a)).collect();
                let step = *step;
                view! {
                    <section class="tr-recap-step" aria-labelledby=format!("tr-recap-{}", step.id())>
                        <h2 id=format!("tr-recap-{}", step.id())>{step_title(step)}</h2>
                        <dl class="tr-recap">
                            {fields.into_iter().map(|f| {
                                let label = lookup(&format!("q.{}.label", f.id())).unwrap_or(f.id());
                                let answer = answer_or_skipped(f, &a, &steps);
                                view! {
                                    <div class="tr-recap-row" data-testid=format!("recap-{}", f.id())>
                                        <dt>{label}</dt>
                                        <dd>{answer}</dd>
                                        <dd>
                                            <button type="button" class="tr-link-button" aria-label=tf("button.change_named", &[("label", label)])
                                                on:click=move |_| ctx.go(Screen::Step(step))>{t("button.change")}</button>
                                        </dd>
                                    </div>
                                }
                            }).collect_view()}
                        </dl>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <section class="tr-recap-screen" aria-labelledby="tr-screen-title">
            <p class="tr-progress-text">{t("progress.recap")}</p>
            <h1 id="tr-screen-title" tabindex="-1">{t("recap.title")}</h1>
            <p>{t("recap.intro")}</p>
            {rows}
            <div class="tr-nav-buttons">
                <button type="button" class="tr-button" on:click=move |_| {
                    let last = visible_steps(ctx, None).last().copied().unwrap_or(Step::You);
                    ctx.go(Screen::Step(last));
                }>{t("button.previous")}</button>
                <button type="button" class="tr-button tr-button-primary" data-testid="see-results" on:click=move |_| ctx.go(Screen::Results)>{t("button.results")}</button>
            </div>
        </section>
    }
}
