//! Recognition over whole articles: the rules of the actor-recognition issue on realistic
//! sentences, tricky cases included.

use super::{Dictionary, MentionForm, Recognizer, petrarch};
use crate::date::Date;
use crate::text::sentences;

const DICT: &str = "\
country | USA | United States | U.S.; US; USA; America | adj: American; Americans | seat: Washington; the White House
country | RUS | Russia | Russian Federation | adj: Russian; Russians | seat: Moscow; the Kremlin
country | SYR | Syria | | adj: Syrian; Syrians | seat: Damascus
country | SAU | Saudi Arabia | | adj: Saudi; Saudis | seat: Riyadh
country | TUR | Turkey | | adj: Turkish; Turks | seat: Ankara
country | TCD | Chad | | adj: Chadian; Chadians | seat: N'Djamena
country | MMR | Myanmar | Burma | adj: Burmese
country | DEU | Germany | | adj: German; Germans | seat: Berlin
country | BGD | Bangladesh | | adj: Bangladeshi
country | TUR | Turkey | | adj: Turkish
person | | John Kerry | Kerry | role: USALEG 1985-01-03..2013-02-01 Senator; USAGOV 2013-02-01..2017-01-20 Secretary of State
person | | Sergei Lavrov | Lavrov | role: RUSGOV 2004-03-09.. Foreign Minister
igo | IGO | United Nations | UN; U.N.
militant | IMG | Islamic State | ISIS; ISIL; Daesh
agent | GOV | government | government; regime; authorities; minister; foreign minister; president; officials; spokesman
agent | MIL | military | military; army; forces; troops; warplanes; soldiers
agent | REB | rebel | rebels; rebel; guerrillas
agent | REB | militant | militants; militant
agent | OPP | group | opposition; protesters
agent | CVL | group | civilians; residents
";

fn rec() -> Recognizer {
    Recognizer::new(&Dictionary::parse("test.txt", DICT).unwrap())
}

/// (sentence, text, code, name, form) of every mention of an article.
fn article(
    r: &Recognizer,
    text: &str,
    date: Option<&str>,
) -> Vec<(usize, String, String, String, MentionForm)> {
    let ss = sentences(text);
    let all = r.recognize_article(text, &ss, date.and_then(Date::parse));
    let mut out = Vec::new();
    for (i, ms) in all.iter().enumerate() {
        for m in ms {
            out.push((
                i,
                text[m.start..m.end].to_string(),
                m.actor.code.clone(),
                m.actor.name.clone(),
                m.form,
            ));
        }
    }
    out
}

fn code_of(ms: &[(usize, String, String, String, MentionForm)], text: &str) -> Option<String> {
    ms.iter().find(|m| m.1 == text).map(|m| m.2.clone())
}

fn texts(ms: &[(usize, String, String, String, MentionForm)]) -> Vec<&str> {
    ms.iter().map(|m| m.1.as_str()).collect()
}

#[test]
fn case_sense_us_turkey_chad() {
    let r = rec();
    let ms = article(
        &r,
        "US officials said the talks would not help us. Chad Smith, a farmer in Ohio, cooked a turkey while Turkey and Chad signed a deal.",
        None,
    );
    assert_eq!(code_of(&ms, "US officials").as_deref(), Some("USAGOV"));
    // "us" is a pronoun, never the United States.
    assert!(
        ms.iter()
            .any(|m| m.1 == "us" && m.4 == MentionForm::Pronoun)
    );
    assert!(!ms.iter().any(|m| m.1 == "turkey"));
    // "Chad Smith" is a man; the second "Chad" is the country.
    let chads: Vec<_> = ms.iter().filter(|m| m.2 == "TCD").collect();
    assert_eq!(chads.len(), 1);
    assert_eq!(chads[0].1, "Chad");
    assert_eq!(code_of(&ms, "Turkey").as_deref(), Some("TUR"));
}

#[test]
fn possessives_and_hyphenated_parts() {
    let r = rec();
    let ms = article(
        &r,
        "Russia's warplanes struck U.S.-backed rebels and pro-Turkish militants near Aleppo.",
        None,
    );
    assert_eq!(
        code_of(&ms, "Russia's warplanes").as_deref(),
        Some("RUSMIL")
    );
    let us = ms.iter().find(|m| m.1 == "U.S.").unwrap();
    assert_eq!(us.2, "USA");
    assert_eq!(code_of(&ms, "Turkish").as_deref(), Some("TUR"));
    // Aleppo is only a place.
    assert!(!texts(&ms).iter().any(|t| t.contains("Aleppo")));
}

#[test]
fn acronym_defined_then_used() {
    let r = rec();
    let text = "Fighters of the Arakan Liberation Front (ALF) attacked a police post in Myanmar. \
                The army said the ALF had been armed from abroad.";
    let ms = article(&r, text, None);
    let first = ms
        .iter()
        .find(|m| m.1.contains("Arakan Liberation Front"))
        .unwrap();
    assert_eq!(first.3, "Arakan Liberation Front");
    // The bracketed acronym is not a second mention.
    assert_eq!(ms.iter().filter(|m| m.0 == 0 && m.1 == "ALF").count(), 0);
    let later = ms.iter().find(|m| m.0 == 1 && m.1 == "ALF").unwrap();
    assert_eq!(later.3, "Arakan Liberation Front");
    assert_eq!(later.2, first.2);
    assert_eq!(later.2, "MMRREB", "a front in a Myanmar article");
}

#[test]
fn unknown_organisations_by_their_head() {
    let r = rec();
    let text = "The Arakan Army clashed with Myanmar troops. Jamayetul Mujahideen claimed the attack. \
        The Kurdistan Workers' Party and the National Liberation Front denied it. \
        The Ministry of Defence in Munich said the Syrian National Council had met in Aleppo.";
    let ms = article(&r, text, None);
    let find = |name: &str| {
        ms.iter()
            .find(|m| m.3 == name)
            .unwrap_or_else(|| panic!("{name} not found in {ms:?}"))
            .clone()
    };
    assert_eq!(find("Arakan Army").2, "MMRREB");
    assert_eq!(find("Jamayetul Mujahideen").2, "MMRREB");
    // A party is not assumed to be the article country's.
    let pkk = find("Kurdistan Workers' Party");
    assert_eq!(
        (pkk.1.as_str(), pkk.2.as_str()),
        ("Kurdistan Workers' Party", "")
    );
    assert_eq!(find("National Liberation Front").2, "MMRREB");
    assert_eq!(find("Ministry of Defence").1, "Ministry of Defence");
    assert_eq!(find("Syrian National Council").2, "SYR");
    assert!(
        !texts(&ms)
            .iter()
            .any(|t| t.contains("Munich") || t.contains("Aleppo"))
    );
    // "Myanmar troops" stays a country's part, not a discovered name.
    assert_eq!(code_of(&ms, "Myanmar troops").as_deref(), Some("MMRMIL"));
}

#[test]
fn state_forces_and_rebel_forces() {
    let r = rec();
    let ms = article(
        &r,
        "The Syrian Democratic Forces and the Syrian Arab Air Force fought the Turkish Armed Forces.",
        None,
    );
    let sdf = ms
        .iter()
        .find(|m| m.3 == "Syrian Democratic Forces")
        .unwrap();
    assert_eq!(sdf.2, "SYRREB");
    assert_eq!(
        code_of(&ms, "Turkish Armed Forces").as_deref(),
        Some("TURMIL")
    );
}

#[test]
fn titled_persons() {
    let r = rec();
    let text = "Saudi Foreign Minister Adel al-Jubeir met U.S. Secretary of State John Kerry in Riyadh. \
                Rep. Eliot Engel, D-N.Y., criticized Russian Foreign Minister Sergei Lavrov.";
    let ms = article(&r, text, Some("2016-02-09"));
    let jubeir = ms.iter().find(|m| m.3 == "Adel al-Jubeir").unwrap();
    assert_eq!(jubeir.1, "Saudi Foreign Minister Adel al-Jubeir");
    assert_eq!(jubeir.2, "SAUGOV");
    let kerry = ms.iter().find(|m| m.3 == "John Kerry").unwrap();
    assert_eq!(kerry.1, "U.S. Secretary of State John Kerry");
    assert_eq!(kerry.2, "USAGOV");
    let engel = ms.iter().find(|m| m.3 == "Eliot Engel").unwrap();
    assert_eq!(engel.1, "Rep. Eliot Engel");
    assert_eq!(engel.2, "USALEG");
    assert_eq!(
        code_of(&ms, "Russian Foreign Minister Sergei Lavrov").as_deref(),
        Some("RUSGOV")
    );
}

#[test]
fn appositive_person_and_opposition_body() {
    let r = rec();
    let text = "Syrian government forces shelled Homs. \
        Riad Hijab, chief coordinator of the opposition High Negotiations Committee, condemned Damascus.";
    let ms = article(&r, text, None);
    let hijab = ms.iter().find(|m| m.1 == "Riad Hijab").unwrap();
    assert_eq!(hijab.3, "Riad Hijab");
    let hnc = ms
        .iter()
        .find(|m| m.3 == "High Negotiations Committee")
        .unwrap();
    assert_eq!(hnc.1, "opposition High Negotiations Committee");
    assert_eq!(hnc.2, "SYROPP");
    assert_eq!(code_of(&ms, "Damascus").as_deref(), Some("SYRGOV"));
}

#[test]
fn agents_alone_take_the_article_country() {
    let r = rec();
    let text = "Syrian troops and Syrian warplanes pounded Aleppo as the Syrian government \
        prepared for talks. The opposition said the rebels would not attend, and protesters \
        marched in Damascus. Russia denied it.";
    let ms = article(&r, text, None);
    assert_eq!(code_of(&ms, "opposition").as_deref(), Some("SYROPP"));
    assert_eq!(code_of(&ms, "rebels").as_deref(), Some("SYRREB"));
    assert_eq!(code_of(&ms, "protesters").as_deref(), Some("SYROPP"));
}

#[test]
fn surname_and_title_refer_back() {
    let r = rec();
    let text = "President Bashar Assad met Syrian army commanders in Damascus. \
        Assad later told Syrian state television that the president would not resign.";
    let ms = article(&r, text, None);
    let full = ms.iter().find(|m| m.1 == "President Bashar Assad").unwrap();
    assert_eq!(full.2, "SYRGOV", "a president in a Syria article");
    let surname = ms.iter().find(|m| m.0 == 1 && m.1 == "Assad").unwrap();
    assert_eq!(surname.3, "Bashar Assad");
    assert_eq!(surname.2, "SYRGOV");
    let title = ms.iter().find(|m| m.0 == 1 && m.1 == "president").unwrap();
    assert_eq!(title.3, "Bashar Assad");
    assert_eq!(title.4, MentionForm::Reference);
}

#[test]
fn a_person_whose_role_changed() {
    let r = rec();
    let old = article(
        &r,
        "Kerry criticized Russia. The secretary of state spoke later.",
        Some("2010-05-01"),
    );
    assert_eq!(code_of(&old, "Kerry").as_deref(), Some("USALEG"));
    let new = article(
        &r,
        "Kerry criticized Russia. The secretary of state spoke later.",
        Some("2016-02-09"),
    );
    assert_eq!(code_of(&new, "Kerry").as_deref(), Some("USAGOV"));
    // In 2016 Kerry is the secretary of state; in 2010 he was not.
    assert!(
        new.iter()
            .any(|m| m.0 == 1 && m.3 == "John Kerry" && m.4 == MentionForm::Reference)
    );
    assert!(!old.iter().any(|m| m.0 == 1 && m.3 == "John Kerry"));
}

#[test]
fn pronouns_keep_their_span_and_take_the_actor() {
    let r = rec();
    let text = "Lavrov met Kerry in Munich. He said Russia would keep its warplanes in Syria, \
        and Syrian rebels said they would fight on.";
    let ms = article(&r, text, Some("2016-02-11"));
    // Two candidates for "He": the previous sentence's subject wins.
    let he = ms.iter().find(|m| m.1 == "He").unwrap();
    assert_eq!(he.3, "Sergei Lavrov");
    assert_eq!(he.4, MentionForm::Pronoun);
    // "its warplanes" is Russia's; "they" are the rebels.
    assert_eq!(code_of(&ms, "its warplanes").as_deref(), Some("RUSMIL"));
    let they = ms.iter().find(|m| m.1 == "they").unwrap();
    assert_eq!(they.2, "SYRREB");
    // The span cuts exactly the pronoun.
    let ss = sentences(text);
    let all = r.recognize_article(text, &ss, Date::parse("2016-02-11"));
    let p = all[1]
        .iter()
        .find(|m| m.form == MentionForm::Pronoun)
        .unwrap();
    assert_eq!(&text[p.start..p.end], "He");
}

#[test]
fn pronoun_nearest_in_the_same_sentence() {
    let r = rec();
    let ms = article(
        &r,
        "Russia and Turkey agreed on a ceasefire after Kerry called Lavrov, who said he was ready.",
        Some("2016-02-11"),
    );
    let he = ms.iter().find(|m| m.1 == "he").unwrap();
    assert_eq!(he.3, "Sergei Lavrov");
}

#[test]
fn we_is_the_speakers_side_and_the_country_refers_back() {
    let r = rec();
    let text = "\"We will not abandon our allies,\" Kerry said. \
        Turkey closed its border, and the country said it would not reopen it.";
    let ms = article(&r, text, Some("2016-02-11"));
    let we = ms.iter().find(|m| m.1 == "We").unwrap();
    assert_eq!(we.2, "USAGOV");
    assert_eq!(we.3, "United States");
    let country = ms.iter().find(|m| m.1 == "country").unwrap();
    assert_eq!(country.2, "TUR");
    let it = ms.iter().find(|m| m.0 == 1 && m.1 == "it").unwrap();
    assert_eq!(it.2, "TUR");
}

#[test]
fn the_group_refers_to_the_last_group() {
    let r = rec();
    let text = "Islamic State claimed the bombing in Syria. The group said it would strike again.";
    let ms = article(&r, text, None);
    let group = ms.iter().find(|m| m.1 == "group").unwrap();
    assert_eq!(group.2, "IMG");
    assert_eq!(group.4, MentionForm::Reference);
}

#[test]
fn noun_phrase_modifiers_and_group_agents() {
    let r = rec();
    let ms = article(
        &r,
        "Three Syrian militants and these ISIL militants attacked the wider Syrian opposition.",
        None,
    );
    assert_eq!(
        code_of(&ms, "Three Syrian militants").as_deref(),
        Some("SYRREB")
    );
    let isil = ms.iter().find(|m| m.1 == "these ISIL militants").unwrap();
    assert_eq!(isil.2, "IMG");
    assert_eq!(isil.3, "Islamic State");
    assert_eq!(
        code_of(&ms, "wider Syrian opposition").as_deref(),
        Some("SYROPP")
    );
}

#[test]
fn petrarch_dictionaries_with_dates_and_agents() {
    let actors = "GONDOR [GON]\n+MINAS_TIRITH\nOSGILIATH [OSG]\nHAMAS [PSEREBHMS]\n\
        SAM_GAMGEE [HOB]\n\t[HOBMIL 20080120-20121109]\n\t[HOBGOV >20121109]\nBOROMIR [---]\n";
    let agents = "SOLDIER [~MIL]\nGUNMAN {GUNMEN} [~MIL]\nHUMAN_RIGHTS_BODY [NGO~]\n";
    let mut d = petrarch::parse_actors("a.txt", actors).unwrap();
    d.extend(petrarch::parse_agents("g.txt", agents).unwrap());
    let r = Recognizer::new(&d);
    let ms = article(
        &r,
        "Osgiliath soldiers and Hamas gunmen attacked Minas Tirith. Boromir fled. Sam Gamgee met the Gondor human rights body.",
        Some("2010-06-01"),
    );
    assert_eq!(
        code_of(&ms, "Osgiliath soldiers").as_deref(),
        Some("OSGMIL")
    );
    assert_eq!(
        code_of(&ms, "Hamas gunmen").as_deref(),
        Some("PSEREBHMSMIL")
    );
    assert_eq!(code_of(&ms, "Minas Tirith").as_deref(), Some("GON"));
    assert_eq!(code_of(&ms, "Sam Gamgee").as_deref(), Some("HOBMIL"));
    assert_eq!(
        code_of(&ms, "Gondor human rights body").as_deref(),
        Some("NGOGON")
    );
    // A null code is known but no actor.
    assert!(!texts(&ms).contains(&"Boromir"));
    let later = article(&r, "Sam Gamgee spoke.", Some("2014-01-01"));
    assert_eq!(later[0].2, "HOBGOV");
}

#[test]
fn petrarch_unit_test_dictionaries_code_the_suite_actors() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/anchors/petrarch2/dictionaries");
    if !dir.exists() {
        println!("skipped: {} is absent", dir.display());
        return;
    }
    let mut d = petrarch::actors_from_file(&dir.join("PETR.Validate.actors.txt")).unwrap();
    d.extend(petrarch::agents_from_file(&dir.join("PETR.Validate.agents.txt")).unwrap());
    let r = Recognizer::new(&d);
    let ms = article(
        &r,
        "The Calenardhon Minister of Silly Walks condemned an attack by Osgiliath soldiers.",
        Some("1995-01-06"),
    );
    assert_eq!(
        code_of(&ms, "Calenardhon Minister of Silly Walks").as_deref(),
        Some("CALGOV")
    );
    assert_eq!(
        code_of(&ms, "Osgiliath soldiers").as_deref(),
        Some("OSGMIL")
    );
    let ms = article(
        &r,
        "The Hermit Kingdom fired two artillery shells at New Zealand.",
        None,
    );
    assert_eq!(code_of(&ms, "Hermit Kingdom").as_deref(), Some("PRK"));
    assert_eq!(code_of(&ms, "New Zealand").as_deref(), Some("NZE"));
}

#[test]
fn agent_words_as_modifiers_are_not_actors() {
    let r = rec();
    let ms = article(
        &r,
        "Damascus said there was no military solution, while Syrian troops shelled rebel positions near the international coalition's base.",
        None,
    );
    assert!(!texts(&ms).contains(&"military"));
    // "rebel positions" stand for the rebels.
    assert_eq!(code_of(&ms, "rebel").as_deref(), Some("SYRREB"));
    assert_eq!(code_of(&ms, "Syrian troops").as_deref(), Some("SYRMIL"));
    // A coalition named with modifiers is an actor of its own when none was named before.
    assert!(texts(&ms).contains(&"international coalition"));
}

#[test]
fn speakers_and_currencies() {
    let r = rec();
    let ms = article(
        &r,
        "Robert Luskin said Syria paid US$ 200,000 to the rebels. Luskin added that Russia knew.",
        None,
    );
    assert!(
        ms.iter()
            .any(|m| m.1 == "Robert Luskin" && m.4 == MentionForm::Discovered)
    );
    assert!(ms.iter().any(|m| m.0 == 1 && m.3 == "Robert Luskin"));
    assert!(!ms.iter().any(|m| m.2 == "USA"));
}

#[test]
fn members_of_a_group_are_the_group() {
    let r = rec();
    let ms = article(&r, "Members of the United Nations condemned Russia.", None);
    let un = ms.iter().find(|m| m.2 == "IGO").unwrap();
    assert_eq!(un.1, "Members of the United Nations");
    assert_eq!(un.3, "United Nations");
}
