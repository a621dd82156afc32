//! JSON → [`Input`], strictly: every field is typed or refused with the path of the first
//! offending field (api-contract.md, "Errors"; eligibility.md and cddi.md, "Input errors").
//! Absent and `null` both mean "not answered"; `[]` is the answer "none".

use super::ApiError;
use crate::rules::calendar::parse_iso_date;
use crate::rules::codes::{Benefit, Criterion, CriteriaSet, Employer, Extension, Justice, Referent};
#[cfg(feature = "employer")]
use crate::rules::codes::{Headcount, Housing};
#[cfg(feature = "employer")]
use crate::rules::input::{Household, MAX_CHILDREN};
use crate::rules::input::{is_department, ContractInput, EmployerViewInput, Input, Person, StructureInput};
use crate::rules::money::parse_decimal_2;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use super::json::{self, Json};

#[cfg(feature = "employer")]
const INPUT_KEYS: &[&str] = &["as_of", "person", "contract", "household", "structure"];
#[cfg(not(feature = "employer"))]
const INPUT_KEYS: &[&str] = &["as_of", "person", "contract"];
const PERSON_KEYS: &[&str] = &[
    "birth_date", "department", "employed", "job_seeker_months", "benefits", "rqth", "criteria", "justice",
    "referent", "previous_pass_end",
];
#[cfg(feature = "employer")]
const CONTRACT_KEYS: &[&str] =
    &["start", "months", "weekly_hours", "hourly_rate", "under_20h_derogation", "extension", "employer", "employer_view"];
#[cfg(not(feature = "employer"))]
const CONTRACT_KEYS: &[&str] = &["start", "months", "weekly_hours", "hourly_rate", "under_20h_derogation", "extension", "employer"];
// Version 1.1, the structure's side (employer.md §5).
#[cfg(feature = "employer")]
const EMPLOYER_VIEW_KEYS: &[&str] = &["headcount", "atmp_rate", "mobility_rate", "modulated_percent", "in_prison"];
#[cfg(feature = "employer")]
const STRUCTURE_KEYS: &[&str] = &["activity_charges", "sales_revenue"];

/// What the reader knows of the input's objects, so the first unknown field ends the read.
static PERSON_FIELDS: json::Fields = json::Fields { keys: PERSON_KEYS, nested: &[] };
static CONTRACT_FIELDS: json::Fields = json::Fields { keys: CONTRACT_KEYS, nested: &[] };
static INPUT_FIELDS: json::Fields =
    json::Fields { keys: INPUT_KEYS, nested: &[("person", &PERSON_FIELDS), ("contract", &CONTRACT_FIELDS)] };

type Result<T> = std::result::Result<T, ApiError>;

fn invalid(path: &str, message: impl Into<String>) -> ApiError {
    ApiError::invalid(path, message)
}

/// An object being read, with its path in the input.
struct Obj<'a> {
    value: &'a Json,
    path: &'a str,
}

impl<'a> Obj<'a> {
    fn new(value: &'a Json, path: &'a str, keys: &[&str]) -> Result<Self> {
        if !value.is_object() {
            return Err(invalid(path, "expected an object"));
        }
        let obj = Obj { value, path };
        if let Some(unknown) = value.keys().find(|k| !keys.contains(k)) {
            return Err(invalid(&obj.child(unknown), format!("unknown field; expected one of {}", keys.join(", "))));
        }
        Ok(obj)
    }

    fn child(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}.{}", self.path, name)
        }
    }

    /// The field's value, `None` when absent or `null` ("not answered").
    fn get(&self, name: &str) -> Option<(&'a Json, String)> {
        match self.value.get(name) {
            None | Some(Json::Null) => None,
            Some(v) => Some((v, self.child(name))),
        }
    }

    fn opt<T>(&self, name: &str, read: impl Fn(&'a Json, &str) -> Result<T>) -> Result<Option<T>> {
        self.get(name).map(|(v, path)| read(v, &path)).transpose()
    }

    fn required<T>(&self, name: &str, read: impl Fn(&'a Json, &str) -> Result<T>) -> Result<T> {
        self.opt(name, read)?.ok_or_else(|| invalid(&self.child(name), "required"))
    }
}

fn date(v: &Json, path: &str) -> Result<NaiveDate> {
    let text = v.as_str().ok_or_else(|| invalid(path, "expected a date string \"YYYY-MM-DD\""))?;
    parse_iso_date(text).ok_or_else(|| invalid(path, format!("\"{}\" is not a calendar date in the form YYYY-MM-DD", clip(text))))
}

fn boolean(v: &Json, path: &str) -> Result<bool> {
    v.as_bool().ok_or_else(|| invalid(path, "expected true, false or null"))
}

/// An integer ≥ `min` (JSON `14`, not `14.0` nor `"14"`).
fn integer_from(min: u32) -> impl Fn(&Json, &str) -> Result<u32> {
    move |v, path| match v.as_whole() {
        Some(Ok(u)) if u >= u64::from(min) => u32::try_from(u).map_err(|_| invalid(path, "integer too large")),
        Some(_) => Err(invalid(path, format!("expected an integer ≥ {min}"))),
        None => Err(invalid(path, format!("expected a whole number ≥ {min} (no fraction, no exponent)"))),
    }
}

/// A decimal string with at most two decimals ("26", "26.5", "26.00"), parsed exactly, > 0.
fn decimal(v: &Json, path: &str) -> Result<Decimal> {
    let text = v.as_str().ok_or_else(|| invalid(path, "expected a decimal string such as \"26.00\""))?;
    let value = parse_decimal_2(text)
        .ok_or_else(|| invalid(path, format!("\"{}\" is not a decimal with at most two decimals", clip(text))))?;
    if value <= Decimal::ZERO {
        return Err(invalid(path, "must be above 0"));
    }
    Ok(value)
}

fn code<T>(v: &Json, path: &str, parse: impl Fn(&str) -> Option<T>, expected: &str) -> Result<T> {
    let text = v.as_str().ok_or_else(|| invalid(path, format!("expected one of {expected}")))?;
    parse(text).ok_or_else(|| invalid(path, format!("unknown code \"{}\"; expected one of {expected}", clip(text))))
}

fn codes<T>(v: &Json, path: &str, parse: impl Fn(&str) -> Option<T>, expected: &str) -> Result<Vec<T>> {
    let items = v.as_array().ok_or_else(|| invalid(path, "expected an array (or null when not answered)"))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| code(item, &format!("{path}[{i}]"), &parse, expected))
        .collect()
}

fn list<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str) -> String {
    all.iter().map(|x| code(*x)).collect::<Vec<_>>().join(", ")
}

/// Keeps error messages short whatever the input.
fn clip(text: &str) -> String {
    text.chars().take(40).collect()
}

fn person(v: Option<(&Json, String)>) -> Result<Person> {
    let Some((v, path)) = v else { return Ok(Person::default()) };
    let o = Obj::new(v, &path, PERSON_KEYS)?;
    let declarable: Vec<Criterion> = Criterion::ALL.iter().copied().filter(|c| c.is_declarable()).collect();
    Ok(Person {
        birth_date: o.opt("birth_date", date)?,
        department: o.opt("department", |v, p| {
            code(v, p, |s| is_department(s).then(|| s.to_owned()), "a département code: 01…95, 2A, 2B, 971…976")
        })?,
        employed: o.opt("employed", boolean)?,
        job_seeker_months: o.opt("job_seeker_months", integer_from(0))?,
        benefits: o.opt("benefits", |v, p| {
            // Each benefit once, in canonical order.
            let b = codes(v, p, Benefit::from_code, &list(Benefit::ALL, Benefit::code))?;
            Ok(Benefit::ALL.iter().copied().filter(|x| b.contains(x)).collect())
        })?,
        rqth: o.opt("rqth", boolean)?,
        criteria: o.opt("criteria", |v, p| {
            let parse = |s: &str| Criterion::from_code(s).filter(|c| c.is_declarable());
            Ok(codes(v, p, parse, &list(&declarable, Criterion::code))?.into_iter().collect::<CriteriaSet>())
        })?,
        justice: o.opt("justice", |v, p| code(v, p, Justice::from_code, &list(Justice::ALL, Justice::code)))?,
        referent: o
            .opt("referent", |v, p| code(v, p, Referent::from_code, &list(Referent::ALL, Referent::code)))?
            .unwrap_or(Referent::None),
        previous_pass_end: o.opt("previous_pass_end", date)?,
    })
}

fn contract(v: Option<(&Json, String)>) -> Result<Option<ContractInput>> {
    let Some((v, path)) = v else { return Ok(None) };
    let o = Obj::new(v, &path, CONTRACT_KEYS)?;
    Ok(Some(ContractInput {
        start: o.required("start", date)?,
        months: o.required("months", integer_from(1))?,
        weekly_hours: o.required("weekly_hours", decimal)?,
        hourly_rate: o.opt("hourly_rate", decimal)?,
        under_20h_derogation: o.opt("under_20h_derogation", boolean)?.unwrap_or(false),
        extension: o.opt("extension", |v, p| code(v, p, Extension::from_code, &list(Extension::ALL, Extension::code)))?,
        employer: o
            .opt("employer", |v, p| code(v, p, Employer::from_code, &list(Employer::ALL, Employer::code)))?
            .unwrap_or(Employer::Private),
        employer_view: employer_view(o.get("employer_view"))?,
    }))
}

/// A decimal string with at most two decimals, ≥ 0 (percents, sales).
#[cfg(feature = "employer")]
fn non_negative(v: &Json, path: &str) -> Result<Decimal> {
    let text = v.as_str().ok_or_else(|| invalid(path, "expected a decimal string such as \"1.50\""))?;
    parse_decimal_2(text).ok_or_else(|| invalid(path, format!("\"{}\" is not a non-negative decimal with at most two decimals", clip(text))))
}

/// `contract.employer_view` (version 1.1): every field optional, with the defaults of the
/// contract; the bounds (percents, modulated part 0–10) are `Input::check_bounds`'s.
#[cfg(feature = "employer")]
fn employer_view(v: Option<(&Json, String)>) -> Result<Option<EmployerViewInput>> {
    let Some((v, path)) = v else { return Ok(None) };
    let o = Obj::new(v, &path, EMPLOYER_VIEW_KEYS)?;
    let defaults = EmployerViewInput::default();
    Ok(Some(EmployerViewInput {
        headcount: o
            .opt("headcount", |v, p| code(v, p, Headcount::from_code, &list(Headcount::ALL, Headcount::code)))?
            .unwrap_or(defaults.headcount),
        atmp_rate: o.opt("atmp_rate", non_negative)?,
        mobility_rate: o.opt("mobility_rate", non_negative)?.unwrap_or(defaults.mobility_rate),
        modulated_percent: o.opt("modulated_percent", non_negative)?.unwrap_or(defaults.modulated_percent),
        in_prison: o.opt("in_prison", boolean)?.unwrap_or(defaults.in_prison),
    }))
}

/// `structure` (version 1.1): the yearly accounts of the revenue cap, both required.
#[cfg(feature = "employer")]
fn structure(v: Option<(&Json, String)>) -> Result<Option<StructureInput>> {
    let Some((v, path)) = v else { return Ok(None) };
    let o = Obj::new(v, &path, STRUCTURE_KEYS)?;
    Ok(Some(StructureInput {
        activity_charges: o.required("activity_charges", decimal)?,
        sales_revenue: o.required("sales_revenue", non_negative)?,
    }))
}

/// Without the `employer` feature the version 1.1 fields are unknown fields (refused above).
#[cfg(not(feature = "employer"))]
fn employer_view(_: Option<(&Json, String)>) -> Result<Option<EmployerViewInput>> {
    Ok(None)
}
#[cfg(not(feature = "employer"))]
fn structure(_: Option<(&Json, String)>) -> Result<Option<StructureInput>> {
    Ok(None)
}

/// Parses the JSON text of a `simulate` input.
pub fn input(text: &str) -> Result<Input> {
    let value = json::parse_with(text, super::LIMITS, Some(&INPUT_FIELDS)).map_err(|e| match e.problem {
        json::Problem::Syntax(_) => invalid("", format!("not valid JSON: {e}")),
        _ => invalid(&e.path, e.to_string()),
    })?;
    let o = Obj::new(&value, "", INPUT_KEYS)?;
    let input = Input {
        as_of: o.required("as_of", date)?,
        person: person(o.get("person"))?,
        contract: contract(o.get("contract"))?,
        household: household(o.get("household"))?,
        structure: structure(o.get("structure"))?,
    };
    input.check_bounds().map_err(|e| invalid(e.path, e.message))?;
    Ok(input)
}

// ---------------------------------------------------------------------------------------
// Version 1.1: the household of the prime d'activité (api-contract.md "Version 1.1
// additions"; prime-activite.md §4). Every field optional, with the contract's defaults.
// ---------------------------------------------------------------------------------------

#[cfg(feature = "employer")]
const HOUSEHOLD_KEYS: &[&str] =
    &["couple", "children", "isolated_parent", "housing", "partner_earnings", "other_resources", "earnings_before"];

/// Euros per month: a decimal string with at most two decimals, 0 allowed.
#[cfg(feature = "employer")]
fn amount(v: &Json, path: &str) -> Result<Decimal> {
    let text = v.as_str().ok_or_else(|| invalid(path, "expected a decimal string such as \"0.00\""))?;
    parse_decimal_2(text).ok_or_else(|| invalid(path, format!("\"{}\" is not a decimal ≥ 0 with at most two decimals", clip(text))))
}

/// An integer from 0 to `max`.
#[cfg(feature = "employer")]
fn integer_up_to(max: u32) -> impl Fn(&Json, &str) -> Result<u32> {
    move |v, path| {
        let n = integer_from(0)(v, path)?;
        if n > max {
            return Err(invalid(path, format!("expected an integer from 0 to {max}")));
        }
        Ok(n)
    }
}

#[cfg(feature = "employer")]
fn household(v: Option<(&Json, String)>) -> Result<Option<Household>> {
    let Some((v, path)) = v else { return Ok(None) };
    let o = Obj::new(v, &path, HOUSEHOLD_KEYS)?;
    let d = Household::default();
    Ok(Some(Household {
        couple: o.opt("couple", boolean)?.unwrap_or(d.couple),
        children: o.opt("children", integer_up_to(MAX_CHILDREN))?.unwrap_or(d.children),
        isolated_parent: o.opt("isolated_parent", boolean)?.unwrap_or(d.isolated_parent),
        housing: o
            .opt("housing", |v, p| code(v, p, Housing::from_code, &list(Housing::ALL, Housing::code)))?
            .unwrap_or(d.housing),
        partner_earnings: o.opt("partner_earnings", amount)?.unwrap_or(d.partner_earnings),
        other_resources: o.opt("other_resources", amount)?.unwrap_or(d.other_resources),
        earnings_before: o.opt("earnings_before", amount)?.unwrap_or(d.earnings_before),
    }))
}

/// Without the `employer` feature (the first module) `household` is an unknown field.
#[cfg(not(feature = "employer"))]
fn household(_: Option<(&Json, String)>) -> Result<Option<crate::rules::input::Household>> {
    Ok(None)
}
