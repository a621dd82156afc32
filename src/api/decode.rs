//! JSON → [`Input`], strictly: every field is typed or refused with the path of the first
//! offending field (api-contract.md, "Errors"; eligibility.md and cddi.md, "Input errors").
//! Absent and `null` both mean "not answered"; `[]` is the answer "none".

use super::ApiError;
use crate::rules::calendar::parse_iso_date;
use crate::rules::codes::{Benefit, Criterion, CriteriaSet, Employer, Extension, Justice, Referent};
use crate::rules::input::{is_department, ContractInput, Input, Person};
use crate::rules::money::parse_decimal_2;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use super::json::{self, Json};

const INPUT_KEYS: &[&str] = &["as_of", "person", "contract"];
const PERSON_KEYS: &[&str] = &[
    "birth_date", "department", "employed", "job_seeker_months", "benefits", "rqth", "criteria", "justice",
    "referent", "previous_pass_end",
];
const CONTRACT_KEYS: &[&str] =
    &["start", "months", "weekly_hours", "hourly_rate", "under_20h_derogation", "extension", "employer"];

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
    }))
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
    };
    input.check_bounds().map_err(|e| invalid(e.path, e.message))?;
    Ok(input)
}
