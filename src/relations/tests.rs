//! Pattern-class tests of the grammar: one realistic sentence per case, with a small dictionary
//! and lexicon of their own (independent of the shipped data).

use super::{Grammar, Lexicon};
use crate::actors::{Dictionary, Recognizer};
use crate::text::sentences;

const ACTORS: &str = "\
country | RUS | Russia | Russian Federation | adj: Russian; Russians | seat: Moscow; the Kremlin
country | USA | United States | U.S.; US; USA | adj: American; Americans | seat: Washington; White House
country | TUR | Turkey | | adj: Turkish; Turks | seat: Ankara
country | SYR | Syria | | adj: Syrian; Syrians | seat: Damascus
country | IRN | Iran | | adj: Iranian; Iranians | seat: Tehran
country | SAU | Saudi Arabia | | adj: Saudi; Saudis | seat: Riyadh
country | ISR | Israel | | adj: Israeli; Israelis
country | UKR | Ukraine | | adj: Ukrainian; Ukrainians | seat: Kyiv
country | DEU | Germany | | adj: German; Germans | seat: Berlin
country | FRA | France | | adj: French | seat: Paris
country | CHN | China | | adj: Chinese | seat: Beijing
country | IRQ | Iraq | | adj: Iraqi; Iraqis | seat: Baghdad
country | JOR | Jordan | | adj: Jordanian
person | | John Kerry | Kerry | role: USAGOV 2013-02-01..2017-01-20 Secretary of State
person | | Adel al-Jubeir | al-Jubeir; Jubeir | role: SAUGOV 2015-04-29.. Foreign Minister
person | | Sergey Lavrov | Lavrov | role: RUSGOV 2004.. Foreign Minister
person | | Bashar al-Assad | Assad; Bashar Assad | role: SYRGOV 2000.. President
person | | Frank-Walter Steinmeier | Steinmeier | role: DEUGOV 2013..2017 Foreign Minister
person | | Hu Jintao | President Hu | role: CHNGOV 2003..2020 President
militant | IMG | Islamic State | ISIS; ISIL; Daesh
militant | LBNREB | Hezbollah |
militant | PSEREB | Hamas |
rebel | SYRREB | Free Syrian Army | FSA; Free Syria Army | country: SYR
igo | IGO | United Nations | UN; U.N.
igo | IGO | NATO |
agent | MIL | military | military; army; forces; troops; warplanes; militaries; airstrikes
agent | GOV | government | government; regime; president; minister; officials
agent | REB | rebel | rebels; rebel
agent | INS | militant | militias; militants
agent | OPP | group | opposition; opposition group; supporters
agent | MIL | military | coalition
";

const VERBS: &str = "\
attack    | 190 | X attack Y
attack    | 190 | X bomb Y
attack    | 190 | X go after Y
attack    | 190 | X fight Y
attack    | 193 | X launch ~ offensive|strikes|strike|attack|attacks on|against Y
attack    | 190 | Y come under fire|attack from X
attack    | 190 | X clash with Y
attack    | 190 | X and Y clash
attack    | 195 | offensive against|on Y
attack    | 195 | strike on|against Y
attack    | 195 | attack on|against Y
attack    | 195 | Y under bombardment|attack|fire by|from X
attack    | 190 | fighting between X and Y
threaten  | 130 | X warn Y
cooperate | 030 | X join Y
cooperate | 030 | X join forces with Y
meet      | 042 | X land in Y
attack    | 202 | massacre of Y
support   | 050 | X support Y
support   | 050 | X back Y
support   | 070 | X help Y
support   | 070 | X arm Y
support   | 070 | X provide ~ aid|support|weapons to Y
support   | 050 | support for Y
support   | 050 | backing for|of Y
support   | 050 | X-backed Y
support   | 050 | X-led Y
support   | 050 | pro-X Y
support   | 050 | supporters of Y
meet      | 040 | X meet Y
meet      | 040 | X meet with Y
meet      | 040 | X and Y meet
meet      | 040 | X hold talks with Y
meet      | 040 | X and Y hold talks
meet      | 043 | X host Y
meet      | 040 | talks between X and Y
meet      | 040 | talks with Y
meet      | 042 | visit to Y
cooperate | 057 | X and Y sign ~ deal|agreement
cooperate | 057 | X sign ~ deal|agreement with Y
appeal    | 020 | X call on|upon Y
appeal    | 020 | X urge Y
appeal    | 100 | demand on|to|of Y
criticize | 111 | X condemn Y
criticize | 112 | X accuse Y
criticize | 112 | X blame Y
criticize | 140 | X protest against Y
criticize | 141 | X march against Y
criticize | 140 | X protest against ~ rule|term|policies of Y
criticize | 110 | anti-X Y
appeal    | 1041 | X call for Y ('s) resignation|ouster
criticize | 111 | X criticize Y
criticize | 111 | Y be ~ obstacle|threat
criticize | 111 | Y make ~ difficult|impossible
reject    | 120 | X reject Y
reject    | 120 | X dismiss Y
coerce    | 173 | X arrest Y
attack    | 190 | X conduct ~ strikes against Y
attack    | 190 | X defeat Y
attack    | 190 | X deliver Y ~ defeat
attack    | 195 | airstrikes against|on Y
attack    | 190 | fight against Y
support   | 050 | support of Y
support   | 051 | X welcome Y
cooperate | 062 | X advise and assist|assisting Y
meet      | 040 | X speak to Y
";

fn run(text: &str) -> Vec<String> {
    let dict = Dictionary::parse("test-actors", ACTORS).unwrap();
    let mut lex = Lexicon::empty();
    lex.irregular = super::lexicon::Irregular::parse(
        "test-irregular",
        "meet | - | met | met | -\nhold | - | held | held | -\nfight | - | fought | fought | -\n\
         go | goes | went | gone | -\ncome | - | came | come | -\nmake | - | made | made | -\n\
         arm | - | armed | armed | -\nspeak | - | spoke | spoken | -\n",
    )
    .unwrap();
    lex.add("test-verbs", VERBS).unwrap();
    let rec = Recognizer::new(&dict);
    let g = Grammar::new(lex);
    let date = crate::date::Date::parse("2016-02-09");
    let mut out = Vec::new();
    for s in sentences(text) {
        let ms = rec.find(text, &s, date);
        for f in g.find(text, &s, &ms) {
            let (a, b) = (&ms[f.source], &ms[f.target]);
            let code = |m: &crate::actors::Mention| {
                if m.actor.code.is_empty() {
                    m.actor.name.clone()
                } else {
                    m.actor.code.clone()
                }
            };
            out.push(format!(
                "{} {}{} {}",
                code(a),
                if f.negated { "!" } else { "" },
                f.relation,
                code(b)
            ));
            assert!((0.0..=1.0).contains(&f.confidence));
        }
    }
    out
}

fn check(text: &str, want: &[&str]) {
    let got = run(text);
    assert_eq!(got, want, "\n  sentence: {text}");
}

#[test]
fn active_subject_verb_object() {
    check(
        "Russian warplanes bombed Turkey on Monday.",
        &["RUSMIL attack TUR"],
    );
    check(
        "Moscow has repeatedly and openly supported Assad.",
        &["RUSGOV support SYRGOV"],
    );
    // "we" in reported speech is the speaker's side (coreference in the recogniser).
    check(
        "It seems we are only halfheartedly going after ISIS, Russia said.",
        &["RUS attack IMG"],
    );
    check(
        "The Kremlin is only halfheartedly going after ISIS.",
        &["RUSGOV attack IMG"],
    );
    check(
        "Iran will provide military aid to Hezbollah.",
        &["IRN support LBNREB"],
    );
    check(
        "Russia launched an offensive against ISIS.",
        &["RUS attack IMG"],
    );
}

#[test]
fn passive_with_and_without_agent() {
    check("Turkey was attacked by Russia.", &["RUS attack TUR"]);
    check(
        "Hamas has reportedly been backed by Iran for years.",
        &["IRN support PSEREB"],
    );
    check("Turkey was attacked on Sunday.", &[]);
    check(
        "Syrian troops came under fire from ISIS near Palmyra.",
        &["IMG attack SYRMIL"],
    );
    check(
        "The rebels, backed by Turkey, advanced on Aleppo.",
        &["TUR support rebels"],
    );
}

#[test]
fn nominal_forms() {
    check(
        "Russia's support for Assad is unwavering.",
        &["RUS support SYRGOV"],
    );
    check(
        "The Syrian offensive against ISIS stalled.",
        &["SYR attack IMG"],
    );
    check("Hamas attacks on Israel continued.", &["PSEREB attack ISR"]);
    check(
        "Aleppo, a rebel territory under bombardment by the Syrian army, is starving.",
        &["SYRMIL attack rebel"],
    );
    check(
        "Talks between Russia and Turkey ended without a deal.",
        &["RUS meet TUR", "TUR meet RUS"],
    );
    check(
        "Kerry is in Riyadh for talks with Saudi Foreign Minister Adel al-Jubeir.",
        &["USAGOV meet SAUGOV"],
    );
}

#[test]
fn compound_modifiers() {
    check(
        "The Russian-backed Syrian military pressed on.",
        &["RUS support SYRMIL"],
    );
    check(
        "The U.S.-led coalition struck Raqqa.",
        &["USA support coalition"],
    );
    check(
        "Pro-Iranian militias entered the town.",
        &["militias support IRN"],
    );
}

#[test]
fn between_two_sides() {
    check(
        "Fighting between Syrian troops and Hezbollah went on near the border.",
        &["SYRMIL attack LBNREB", "LBNREB attack SYRMIL"],
    );
    // Two actors joined before "against" fight on one side.
    check(
        "Fighting between Syrian troops and Hezbollah against ISIS went on near the border.",
        &[],
    );
}

#[test]
fn that_clause_is_no_object() {
    check("Russia warned Turkey on Monday.", &["RUS threaten TUR"]);
    check("Russia warned that Turkey would pay a price.", &[]);
    check("Russia warned that Turkey's plan would fail.", &[]);
}

#[test]
fn longer_trigger_owns_its_words() {
    // "forces" belongs to "joined forces with", not to "joined".
    check(
        "Hezbollah joined forces with the Free Syrian Army.",
        &["LBNREB cooperate SYRREB"],
    );
}

#[test]
fn visits_are_made_by_outsiders() {
    check("Russian troops landed in Syria.", &["RUSMIL meet SYR"]);
    check("Syrian troops landed in Damascus.", &[]);
}

#[test]
fn owner_of_the_agent_is_no_target() {
    check(
        "The attack by Turkish warplanes on Syria went on.",
        &["TURMIL attack SYR"],
    );
    check("The massacre by warplanes of Russia went on.", &[]);
}

#[test]
fn names_joined_by_a_dash_modify_a_noun() {
    check(
        "Russian warplanes bombed the Turkey – Syria border area.",
        &[],
    );
    check(
        "Russian warplanes bombed Turkey – Syria said.",
        &["RUSMIL attack TUR"],
    );
}

#[test]
fn dismissing_ones_own_officials_is_no_rejection() {
    check("Assad dismissed the government on Monday.", &[]);
    check("Assad dismissed Syrian officials on Monday.", &[]);
    check(
        "Lavrov dismissed Kerry on Monday.",
        &["RUSGOV reject USAGOV"],
    );
}

#[test]
fn coordination() {
    check(
        "Russia and Iran attacked ISIS.",
        &["RUS attack IMG", "IRN attack IMG"],
    );
    check(
        "Turkey condemned Russia and Iran.",
        &["TUR criticize RUS", "TUR criticize IRN"],
    );
    check(
        "Russia, Iran and Syria condemned Turkey.",
        &[
            "RUS criticize TUR",
            "IRN criticize TUR",
            "SYR criticize TUR",
        ],
    );
    check(
        "Russia and Turkey met in Sochi.",
        &["RUS meet TUR", "TUR meet RUS"],
    );
    check(
        "Russia and Turkey signed a deal on Monday.",
        &["RUS cooperate TUR", "TUR cooperate RUS"],
    );
    check(
        "Lavrov and Kerry held talks in Geneva.",
        &["RUSGOV meet USAGOV", "USAGOV meet RUSGOV"],
    );
    check(
        "Russia met Turkey and signed a deal with Iran.",
        &["RUS meet TUR", "RUS cooperate IRN"],
    );
}

#[test]
fn relative_clauses_and_appositions() {
    check(
        "Kerry, who met al-Jubeir on Monday, condemned Iran.",
        &["USAGOV meet SAUGOV", "USAGOV criticize IRN"],
    );
    check(
        "Lavrov, Russia's foreign minister, condemned Turkey.",
        &["RUSGOV criticize TUR"],
    );
    check(
        "The leader of Hezbollah condemned Israel.",
        &["LBNREB criticize ISR"],
    );
    check("Convoys from Turkey attacked Syria.", &[]);
}

#[test]
fn reported_speech() {
    check(
        "Turkey accused Russia of violating its airspace.",
        &["TUR criticize RUS"],
    );
    check(
        "Russia blamed the United States for the collapse of the truce.",
        &["RUS criticize USA"],
    );
    check(
        "The UN called on Syria to allow aid convoys.",
        &["IGO appeal SYR"],
    );
    check(
        "Iran says Saudi Arabia is the main obstacle to peace.",
        &["IRN criticize SAU"],
    );
    check(
        "Iran says the Saudis - not Iran or Russia - are the main obstacle to peace.",
        &["IRN criticize SAU"],
    );
    check(
        "Kerry: Russia Making Syrian Peace 'Difficult'",
        &["USAGOV criticize RUS"],
    );
    check(
        "The Kremlin denied the claims, saying it would continue to provide aid to Assad.",
        &["RUSGOV support SYRGOV"],
    );
    check("The UN urged Turkey to attack ISIS.", &["IGO appeal TUR"]);
}

#[test]
fn negation_and_modality() {
    check("Russia did not attack Turkey.", &["RUS !attack TUR"]);
    check("Iran has never supported Hamas.", &["IRN !support PSEREB"]);
    check("Russia denied arming the rebels.", &["RUS !support rebels"]);
    check("Turkey refused to meet Russia.", &["TUR reject RUS"]);
    check("Iran failed to support Hamas.", &["IRN !support PSEREB"]);
    check("Did Russia attack Turkey?", &[]);
    check("If Russia attacks Turkey, NATO will respond.", &[]);
    check("Russia could attack Turkey.", &[]);
    check("Germany will support Turkey.", &["DEU support TUR"]);
    check("Iran pledged to back Syria.", &["IRN support SYR"]);
    check("Iran vowed to attack Israel.", &["IRN attack ISR"]);
    check(
        "Steinmeier is to host Kerry and Lavrov.",
        &["DEUGOV meet USAGOV", "DEUGOV meet RUSGOV"],
    );
    check("Iran threatened to attack Israel.", &["IRN threaten ISR"]);
}

#[test]
fn deterministic_order() {
    let text = "Russia and Iran attacked ISIS. Turkey condemned Russia and Iran.";
    assert_eq!(run(text), run(text));
}

#[test]
fn prepositional_phrases_and_places() {
    check(
        "Rebels in northern Syria attacked Turkey.",
        &["rebels attack TUR"],
    );
    check(
        "Several car bombs in Baghdad, Iraq have attacked ISIS.",
        &[],
    );
    check("Convoys from Turkey and Iran attacked Syria.", &[]);
    check(
        "Kerry flew to Riyadh to meet al-Jubeir.",
        &["USAGOV meet SAUGOV"],
    );
}

#[test]
fn objects_titles_lists_and_noun_modifiers() {
    check(
        "Kerry met Saudi Foreign Minister Adel al-Jubeir.",
        &["USAGOV meet SAUGOV"],
    );
    check(
        "Germany urged countries like Iran and Turkey to back the truce.",
        &["DEU appeal IRN", "DEU appeal TUR"],
    );
    check("Turkey condemned the new Russia deal.", &[]);
    check(
        "Russia bombed ISIS positions near Palmyra.",
        &["RUS attack IMG"],
    );
}

#[test]
fn verb_agreement_and_naming() {
    // "Moscow support" with a singular subject and no auxiliary is no verb.
    check("The Moscow support group met on Monday.", &[]);
    check(
        "The rebels attack Damascus every night.",
        &["rebels attack SYRGOV"],
    );
    check(
        "Russia and Iran urge Turkey to reopen the border.",
        &["RUS appeal TUR", "IRN appeal TUR"],
    );
}

#[test]
fn infinitives_after_help_and_purpose() {
    check(
        "Russia is helping the Syrian army to fight ISIS.",
        &["RUS support SYRMIL", "SYRMIL attack IMG"],
    );
    check(
        "NATO sent planes to a base in Turkey to support the rebels.",
        &[],
    );
}

#[test]
fn joint_meeting_of_coordinated_subjects() {
    check(
        "Lavrov and Kerry signed the deal after talks in Geneva.",
        &[
            "RUSGOV cooperate USAGOV",
            "USAGOV cooperate RUSGOV",
            "RUSGOV meet USAGOV",
            "USAGOV meet RUSGOV",
        ],
    );
    check("Russia and Turkey pushed for talks.", &[]);
}

#[test]
fn confidence_falls_with_guesses() {
    let dict = Dictionary::parse("test-actors", ACTORS).unwrap();
    let mut lex = Lexicon::empty();
    lex.add("test-verbs", VERBS).unwrap();
    let rec = Recognizer::new(&dict);
    let g = Grammar::new(lex);
    let conf = |text: &str| {
        let s = &sentences(text)[0];
        let ms = rec.find(text, s, None);
        g.find(text, s, &ms)[0].confidence
    };
    let direct = conf("Russia attacked Turkey.");
    let skipped = conf("Russia, which denies it, attacked Turkey.");
    let agent = conf("The rebels attacked Turkey.");
    assert!(direct > skipped, "{direct} {skipped}");
    assert!(direct > agent, "{direct} {agent}");
}

#[test]
fn appositions_after_objects_and_conditional_consequents() {
    check(
        "Turkey condemned the Syrian president, Bashar al-Assad.",
        &["TUR criticize SYRGOV"],
    );
    check(
        "Turkey condemned Russia, Iran, on Monday.",
        &["TUR criticize RUS"],
    );
    check(
        "Kerry said he would meet Lavrov if Russia halts the bombing.",
        &[],
    );
    check("Kerry met the Iraq Study Group.", &[]);
    check("Russia and Iran did not speak to reporters.", &[]);
}

#[test]
fn fronted_phrases_and_pronouns() {
    check(
        "After meeting Lavrov, Kerry condemned Iran.",
        &["USAGOV meet RUSGOV", "USAGOV criticize IRN"],
    );
    check(
        "Speaking in Moscow, Lavrov condemned Turkey.",
        &["RUSGOV criticize TUR"],
    );
    check(
        "Kerry arrived in Riyadh on Monday, where he met al-Jubeir.",
        &["USAGOV meet SAUGOV"],
    );
    check(
        "Turkey was attacked yesterday by Russia.",
        &["RUS attack TUR"],
    );
}

#[test]
fn speakers_of_reported_predicates() {
    check(
        "\"Russia is the main obstacle to peace,\" Kerry said.",
        &["USAGOV criticize RUS"],
    );
    check(
        "According to Iran, Saudi Arabia is a threat to the region.",
        &["IRN criticize SAU"],
    );
    check("Saudi Arabia is a threat to the region.", &[]);
    check(
        "Iran said Saudi Arabia is not a threat.",
        &["IRN !criticize SAU"],
    );
}

#[test]
fn adjectival_military_and_purpose_after_nouns() {
    check(
        "Moscow will continue providing military aid to Assad to fight the rebels.",
        &["RUSGOV support SYRGOV"],
    );
}

#[test]
fn negation_stays_with_its_verb() {
    check(
        "Turkey did not condemn Russia but accused Iran of meddling.",
        &["TUR !criticize RUS", "TUR criticize IRN"],
    );
    check(
        "The Kremlin denied the claims, saying it would attack ISIS.",
        &["RUSGOV attack IMG"],
    );
    check(
        "Iran is working to help and arm Hezbollah.",
        &["IRN support LBNREB"],
    );
}

#[test]
fn subject_skips_apposition_holding_another_actor() {
    // The actor inside "a former minister of Y's government" is not the subject after a
    // relative clause either.
    check(
        "Kerry, a former minister of the Syrian government, who was in charge of talks with \
         Turkey until 2010, has accused Assad of war crimes.",
        &["USAGOV criticize SYRGOV"],
    );
}

#[test]
fn subject_pronoun_after_a_fronted_phrase() {
    check(
        "Kerry made no comment, but in the end he urged Turkey to close the border.",
        &["USAGOV appeal TUR"],
    );
}

#[test]
fn purpose_infinitive_after_prepositional_phrases() {
    check(
        "Hundreds of rebels took to the streets of towns across Turkey to protest against \
         the rule of Assad.",
        &["rebels criticize SYRGOV"],
    );
    // An object before the phrase is the subject of the infinitive, which is not asserted.
    check(
        "Kerry urged Hezbollah in Syria to protest against Iran.",
        &["USAGOV appeal LBNREB"],
    );
}

#[test]
fn doer_of_a_gerund_after_accuse_and_blame() {
    check(
        "Turkey accused Iran of arming Hezbollah.",
        &["TUR criticize IRN", "IRN support LBNREB"],
    );
    check(
        "Kerry blamed Russia for backing Assad.",
        &["USAGOV criticize RUS", "RUS support SYRGOV"],
    );
}

#[test]
fn demands_for_resignation_and_nouns_after_control_verbs() {
    check(
        "Turkey called for Assad's resignation.",
        &["TUR appeal SYRGOV"],
    );
    // "rejected calls for ...": "calls" is a noun here, not a verb under "rejected".
    check("Turkey rejected calls for Assad's resignation.", &[]);
}

#[test]
fn title_alias_followed_by_the_full_name() {
    check(
        "Kerry met Chinese President Hu Jintao on Monday, Lavrov and Steinmeier on Tuesday.",
        &[
            "USAGOV meet CHNGOV",
            "USAGOV meet RUSGOV",
            "USAGOV meet DEUGOV",
        ],
    );
}

#[test]
fn anti_country_modifier_on_an_agent_of_that_country() {
    // A bare agent word coded with the sentence's country contradicts "anti-".
    let got = run("Syrian troops fought anti-Syrian forces near Aleppo.");
    assert!(
        !got.iter()
            .any(|t| t.ends_with("criticize SYR") && t.starts_with("SYR")),
        "{got:?}"
    );
    check(
        "Anti-Russian rebels attacked the city.",
        &["rebels criticize RUS"],
    );
}

#[test]
fn passive_accusation_and_agreements_with_an_infinitive() {
    check(
        "Hezbollah was accused of arming the rebels.",
        &["LBNREB support rebels"],
    );
    check(
        "Russia and Turkey signed a deal to help refugees.",
        &["RUS cooperate TUR", "TUR cooperate RUS"],
    );
    check(
        "Russia and Turkey signed a deal with Iran.",
        &["RUS cooperate IRN", "TUR cooperate IRN"],
    );
}

#[test]
fn apposition_of_an_object_before_a_subordinate_clause() {
    check(
        "Kerry is in Ankara for talks with his Saudi counterpart, Adel al-Jubeir where both \
         discussed Syria.",
        &["USAGOV meet SAUGOV"],
    );
}

#[test]
fn country_adjective_split_by_markup() {
    // "Russia n" is how a linked "Russian" reaches us from some wiki sources.
    check(
        "Kerry and Russia n Foreign Minister Sergey Lavrov called on Iran to free the sailors.",
        &["USAGOV appeal IRN", "RUSGOV appeal IRN"],
    );
    // A lone letter after a name that is not the adjective stays out.
    check("Kerry met Turkey i officials.", &["USAGOV meet TUR"]);
}

#[test]
fn scheduled_meetings() {
    check(
        "Kerry is scheduled to hold talks with Lavrov in Geneva.",
        &["USAGOV meet RUSGOV"],
    );
}

#[test]
fn agent_noun_as_its_own_source() {
    check(
        "Police arrested dozens of supporters of Assad in Damascus.",
        &["supporters support SYRGOV"],
    );
}

#[test]
fn participle_adjective_before_an_object() {
    check(
        "Supporters of the ousted Assad attacked the rebels.",
        &["supporters support SYRGOV", "supporters attack rebels"],
    );
}

#[test]
fn according_to_is_no_conjunct() {
    check(
        "According to a spokesman of Turkey, Russian warplanes and Syrian troops attacked the rebels.",
        &["RUSMIL attack rebels", "SYRMIL attack rebels"],
    );
}

#[test]
fn two_countries_sharing_one_agent_word() {
    check(
        "Kerry held talks with Russian and Turkish officials.",
        &["USAGOV meet RUSGOV", "USAGOV meet TURGOV"],
    );
    check(
        "U.S. and Iraqi troops attacked ISIS.",
        &["USAMIL attack IMG", "IRQMIL attack IMG"],
    );
}

#[test]
fn hyphen_suffix_detached_from_its_name() {
    // Some wiki sources leave a space before the hyphen of "U.S.-backed".
    check(
        "The US -backed rebels attacked ISIS.",
        &["USA support rebels", "rebels attack IMG"],
    );
}

#[test]
fn object_agent_of_an_actor() {
    check(
        "Thousands of rebels marched against the regime of Assad.",
        &["rebels criticize SYRGOV"],
    );
}

#[test]
fn phrase_between_subject_and_auxiliary() {
    check(
        "Russia and Turkey, after weeks of talks in Geneva, have signed a deal.",
        &["RUS cooperate TUR", "TUR cooperate RUS"],
    );
}

#[test]
fn verb_after_an_object_name_is_no_noun() {
    check(
        "Kerry's visit to Turkey comes amid tension.",
        &["USAGOV meet TUR"],
    );
}

#[test]
fn about_to_is_intent() {
    check(
        "Turkey is about to sign a deal with Russia.",
        &["TUR cooperate RUS"],
    );
}

#[test]
fn infinitive_after_a_noun_preposition_is_no_object() {
    // "demand to" + a verb phrase: no addressee.
    let got = run("Assad bowed to rebel demands to dismiss the government.");
    assert!(!got.iter().any(|t| t.contains("appeal")), "{got:?}");
}

#[test]
fn owner_of_possessive_and_in_phrases() {
    // The actor the phrase follows.
    check(
        "Iraqi troops, in their fight against ISIS, retook the town.",
        &["IRQMIL attack IMG"],
    );
    // The subject of the clause, with its negation.
    check(
        "Germany remains steadfast in its support of the Iraqi government.",
        &["DEU support IRQGOV"],
    );
    check(
        "Iran did not give its full support for the rebels.",
        &["IRN !support rebels"],
    );
    // An adjunct "in support of": the subject of the main clause, or after a fronted phrase.
    check(
        "Russian warplanes conducted twelve strikes in support of the Syrian army.",
        &["RUSMIL support SYRMIL"],
    );
    check(
        "In support of the Syrian army, Russian warplanes bombed the town.",
        &["RUSMIL support SYRMIL"],
    );
    // "with the support of Y", "has the support of Y": Y supports, not the subject.
    check("Hamas won the vote with the support of Iran.", &[]);
    check("Hezbollah has the support of Iran.", &[]);
}

#[test]
fn purpose_infinitive_after_a_noun() {
    check(
        "Turkey's strategy to defeat ISIS is working.",
        &["TUR attack IMG"],
    );
    check(
        "Turkey is working as part of NATO to defeat ISIS.",
        &["TUR attack IMG"],
    );
    check(
        "Russia vowed to deliver ISIS a lasting defeat.",
        &["RUS attack IMG"],
    );
}

#[test]
fn military_operations_phrasing() {
    // A strike is its country's event: the country acts.
    check(
        "U.S. airstrikes against ISIS killed dozens.",
        &["USA attack IMG"],
    );
    check(
        "American troops are advising and assisting the Free Syrian Army.",
        &["USAMIL cooperate SYRREB"],
    );
    // A time word between a verb and its preposition.
    check("Lavrov spoke today to Kerry.", &["RUSGOV meet USAGOV"]);
    // A preposition repeated in a coordination.
    check(
        "Lavrov spoke to Kerry and to Steinmeier.",
        &["RUSGOV meet USAGOV", "RUSGOV meet DEUGOV"],
    );
    // The name after "counterpart", not the country before it.
    check(
        "Lavrov met with his US counterpart John Kerry.",
        &["RUSGOV meet USAGOV"],
    );
    // The actor after "the scourge of", "members of" is the object; a possessor is not.
    check(
        "Russian warplanes bombed the remnants of ISIS.",
        &["RUSMIL attack IMG"],
    );
    check("Russian warplanes bombed members of Assad's family.", &[]);
    // A name that owns the noun after it is no object.
    check("Kerry welcomed UN support for the talks.", &[]);
}

#[test]
fn they_skips_an_actor_inside_a_phrase() {
    check(
        "After Iraqi troops came under fire from ISIS militants near the town, they urged NATO to act.",
        &["IMG attack IRQMIL", "IRQMIL appeal IGO"],
    );
}

#[test]
fn mention_spans_of_military_phrases() {
    let dict = Dictionary::parse("test-actors", ACTORS).unwrap();
    let rec = Recognizer::new(&dict);
    let texts = |text: &str| -> Vec<String> {
        let s = &sentences(text)[0];
        rec.find(text, s, None)
            .iter()
            .map(|m| text[m.start..m.end].to_string())
            .collect()
    };
    // "military" modifies "targets": the actor is ISIS.
    assert_eq!(
        texts("Russian warplanes struck ISIS military targets."),
        ["Russian warplanes", "ISIS"]
    );
    // A country's military convoy stays its military's.
    assert_eq!(
        texts("Rebels ambushed a Syrian military convoy."),
        ["Rebels", "Syrian military"]
    );
    // A body named after an international organisation is part of it.
    assert_eq!(
        texts("Kerry welcomed the UN Board of Inquiry."),
        ["Kerry", "UN Board of Inquiry"]
    );
}

#[test]
fn coordinated_modifiers_in_a_filler() {
    check(
        "Russia will launch heavy and sustained strikes against ISIS.",
        &["RUS attack IMG"],
    );
    check(
        "Germany signed a broad, binding agreement with France.",
        &["DEU cooperate FRA"],
    );
    // Two noun phrases joined by "and" are no modifiers: the filler still ends at an actor.
    check(
        "Germany signed a deal and Russia agreement with France.",
        &[],
    );
}

#[test]
fn it_of_a_document_verb_is_no_actor() {
    check(
        "The UN report on Syria makes grim reading: it details attacks on Jordan.",
        &[],
    );
    // Other verbs still resolve "it".
    check("Turkey said it would attack ISIS.", &["TUR attack IMG"]);
}
#[test]
fn speaker_pronoun_with_a_bare_verb() {
    // "I"/"we" take the bare form: the speaker named in the sentence is the source.
    check(
        "Kerry said: \"We condemn Russia.\"",
        &["USAGOV criticize RUS"],
    );
    check(
        "Kerry said: \"I urge Iran to talk.\"",
        &["USAGOV appeal IRN"],
    );
    // A singular name before a bare lemma is still no subject.
    check("Russia support staff met on Monday.", &[]);
    // No speaker named in the sentence: nothing.
    check("\"We condemn Russia.\"", &[]);
}

/// Phrasings of the shipped lexicon (`data/relations/verbs.txt`) with the shipped actors.
fn shipped(text: &str) -> Vec<String> {
    let ex = crate::extract::Extractor::with_defaults().unwrap();
    ex.extract(&crate::input::Article::new("t", text))
        .iter()
        .map(|t| {
            format!(
                "{} {} {}",
                t.source.code,
                t.relation.as_str(),
                t.target.code
            )
        })
        .collect()
}

#[test]
fn shipped_support_and_meeting_phrasings() {
    assert_eq!(
        shipped("Poland stands shoulder to shoulder with Ukraine."),
        ["POL support UKR"]
    );
    assert_eq!(
        shipped("Norway will donate 40 million euros to Somalia."),
        ["NOR support SOM"]
    );
    assert_eq!(
        shipped("Egypt held a second round of talks with Ethiopia."),
        ["EGY meet ETH"]
    );
}

#[test]
fn shipped_condemning_an_act_criticizes_its_author() {
    assert_eq!(
        shipped("Germany denounced the brutal crackdown by the Syrian regime."),
        ["DEU criticize SYRGOV"]
    );
    // The act's target is no author.
    assert_eq!(
        shipped("Germany condemned the crackdown on Syria."),
        Vec::<String>::new()
    );
}

#[test]
fn filler_of_four_words() {
    check(
        "Germany signed a new broad trade agreement with France.",
        &["DEU cooperate FRA"],
    );
    check(
        "Germany signed a broad trade and energy agreement with France.",
        &["DEU cooperate FRA"],
    );
    check(
        "Germany signed a new broad trade energy agreement with France.",
        &[],
    );
}

#[test]
fn neither_nor_subjects_are_negated() {
    check(
        "Neither Russia nor China condemned Turkey.",
        &["RUS !criticize TUR", "CHN !criticize TUR"],
    );
    check(
        "Russia and China condemned Turkey.",
        &["RUS criticize TUR", "CHN criticize TUR"],
    );
}
