//! Every sentence the screens ask for exists in the catalogue: the literal ids written in the
//! code, and the ids built from the engine's codes (one per criterion, status, reason,
//! document, prescriber, contract error…). A missing one would show its id to a person.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use tremplin::answers::questions::{Field, STEPS};
use tremplin::i18n::{lookup, page_lookup_parts};
use tremplin::rules::codes::{Benefit, Criterion, Document, Employer, Extension, Justice, Prescriber, Referent, StructureKind};
use tremplin::rules::contract::{ContractCode, ContractNotice};
use tremplin::rules::codes::Headcount;
use tremplin::rules::eligibility::{EligibilityReason, Status};
use tremplin::rules::employer::{EmployerErrorCode, EmployerLine, EmployerNotice, RevenueNotice, RevenueStatus};
use tremplin::rules::input::DEPARTMENTS;
use tremplin::rules::params::ALL;
use tremplin::rules::routing::RoutingReason;

mod common;
use common::rust_files;

#[test]
fn every_literal_id_in_the_code_is_in_the_catalogue() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut missing = Vec::new();
    let mut seen = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // `st`/`stf`: the sources page's own table (then the app's).
        for call in ["t(\"", "tf(\"", "lookup(\"", "st(\"", "stf(\""] {
            for (i, _) in text.match_indices(call) {
                // Skip identifiers that merely end in t( / tf( (e.g. `format!(`, `print(`).
                let before = text[..i].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[i + call.len()..];
                let Some(end) = rest.find('"') else { continue };
                let id = &rest[..end];
                if id.contains('{') || id.is_empty() || id == "no.such.id" {
                    continue;
                }
                seen += 1;
                let found = if call.starts_with('s') { page_lookup_parts(&[id]).is_some() } else { lookup(id).is_some() };
                if !found {
                    missing.push(format!("{}: {id}", file.display()));
                }
            }
        }
    }
    assert!(seen > 100, "the scan found only {seen} ids");
    assert!(missing.is_empty(), "ids missing from the catalogue:\n{}", missing.join("\n"));
}

#[test]
fn every_code_the_engine_returns_has_its_words() {
    let mut ids: Vec<String> = Vec::new();
    for k in StructureKind::ALL {
        ids.push(format!("kind.{}", k.code()));
        ids.push(format!("kind_article.{}", k.code()));
    }
    for s in Status::ALL {
        ids.push(format!("status.{}", s.code()));
        ids.push(format!("status.icon.{}", s.code()));
    }
    ids.extend(EligibilityReason::ALL.iter().map(|r| format!("reason.{}", r.code())));
    // "Que faire maintenant ?" says what could change each hard bar.
    ids.extend(EligibilityReason::ALL.iter().filter(|r| r.is_hard_bar()).map(|r| format!("next.change.{}", r.code())));
    for s in Status::ALL {
        ids.push(format!("next.contact.{}", s.code()));
    }
    ids.extend(Criterion::ALL.iter().map(|c| format!("criterion.{}", c.code())));
    ids.extend(Criterion::ALL.iter().filter(|c| c.is_declarable()).map(|c| format!("situation.{}", c.code())));
    ids.extend(Document::ALL.iter().map(|d| format!("doc.{}", d.code())));
    for p in Prescriber::ALL {
        ids.push(format!("prescriber.{}", p.code()));
        ids.push(format!("prescriber.serves.{}", p.code()));
        ids.push(format!("prescriber.search.{}", p.code()));
        ids.push(format!("prescriber.to.{}", p.code()));
    }
    ids.extend(RoutingReason::ALL.iter().map(|r| format!("routing.{}", r.code())));
    for c in ContractCode::ALL {
        ids.push(format!("contract.{}.{}", if c.is_error() { "error" } else { "warning" }, c.code()));
    }
    ids.extend(ContractNotice::ALL.iter().map(|n| format!("contract.notice.{}", n.code())));
    ids.extend(Justice::ALL.iter().map(|j| format!("justice.{}", j.code())));
    ids.extend(Referent::ALL.iter().map(|r| format!("referent.{}", r.code())));
    ids.extend(Benefit::ALL.iter().map(|b| format!("benefit.{}", b.code())));
    ids.extend(Extension::ALL.iter().map(|x| format!("extension.{}", x.code())));
    ids.extend(Employer::ALL.iter().map(|e| format!("employer.{}", e.code())));
    // The structure's side (employer.md).
    ids.extend(EmployerLine::ALL.iter().map(|l| format!("employer_line.{}", l.code())));
    ids.extend(EmployerErrorCode::ALL.iter().map(|e| format!("employer_error.{}", e.code())));
    ids.extend(EmployerNotice::ALL.iter().map(|n| format!("employer_notice.{}", n.code())));
    ids.extend(RevenueStatus::ALL.iter().map(|s| format!("revenue_status.{}", s.code())));
    ids.extend(RevenueNotice::ALL.iter().map(|n| format!("revenue_notice.{}", n.code())));
    ids.extend(Headcount::ALL.iter().map(|h| format!("headcount.{}", h.code())));
    ids.extend(DEPARTMENTS.iter().map(|d| format!("dept.{d}")));
    ids.extend((1..=12).map(|m| format!("month.{m}")));
    ids.extend((1..=12).map(|m| format!("month_short.{m}")));
    for step in STEPS {
        ids.push(format!("step.{}.title", step.id()));
        for f in step.fields() {
            ids.push(format!("q.{}.label", f.id()));
        }
    }
    let _ = Field::BirthDate;
    let missing_page = ALL.iter().map(|t| format!("param.{}", t.id())).filter(|id| page_lookup_parts(&[id]).is_none());
    let mut missing: Vec<String> = ids.iter().filter(|id| lookup(id).is_none()).cloned().collect();
    missing.extend(missing_page);
    assert!(missing.is_empty(), "ids missing from the catalogue: {missing:?}");
}

/// Drops the items behind `#[cfg(feature = "later")]`: a one-line item (`pub mod later;`), or
/// one that ends at the first line that is a lone `}`.
fn without_later_items(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() != "#[cfg(feature = \"later\")]" {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        if lines.next().is_some_and(|first| !first.trim_end().ends_with(';')) {
            for item in lines.by_ref() {
                if item == "}" {
                    break;
                }
            }
        }
    }
    out
}

#[test]
fn the_first_module_never_asks_for_a_sentence_only_the_second_module_carries() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let catalogue = std::fs::read_to_string(root.join("i18n/fr.rs")).unwrap();
    // The ids behind `#[cfg(feature = "later")]`: not in the first module's table.
    let mut later = Vec::new();
    let mut lines = catalogue.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(feature = \"later\")]" {
            let entry = lines.next().unwrap().trim();
            later.push(entry.trim_start_matches("(\"").split('"').next().unwrap().to_owned());
        }
    }
    assert!(later.len() >= 10, "only {} sentences behind the feature", later.len());
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut used = Vec::new();
    for file in files {
        let name = file.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        // Compiled only with the feature (present/mod.rs), or only in the second module (also
        // documents.rs, behind `later` too, and structure.rs: "Côté structure"'s blocks, behind
        // `employer`, which only the second module has among the app's two).
        if ["present/later.rs", "present/sheet.rs", "present/documents.rs", "present/structure.rs", "bin/extra.rs", "i18n/fr.rs", "i18n/en.rs"].contains(&name.as_str()) {
            continue;
        }
        let text = without_later_items(&std::fs::read_to_string(&file).unwrap());
        used.extend(later.iter().filter(|id| text.contains(&format!("\"{id}\""))).map(|id| format!("{name}: {id}")));
    }
    assert!(used.is_empty(), "the first module would show these ids instead of their sentences:\n{}", used.join("\n"));
    // The scan sees a use where there is one.
    assert!(std::fs::read_to_string(root.join("present/rights.rs")).unwrap().contains("\"rights.sheet_stay\""));
    assert!(!without_later_items(&std::fs::read_to_string(root.join("present/rights.rs")).unwrap()).contains("\"rights.sheet_stay\""));
}
