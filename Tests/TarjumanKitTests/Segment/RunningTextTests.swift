import Testing

@testable import TarjumanKit

/// Running web text (the families that cost recall on UD English-EWT): informal questions,
/// quotations with their attribution, ellipses before a new sentence, web addresses, and
/// labels before numbers. Each case is written for this test (not taken from a test set).
@Suite struct RunningTextTests {
    static func sentences(_ text: String) throws -> [String] {
        try SentenceSegmenter(pack: try TestData.pack("en")).segments(in: text).map(\.text)
    }

    @Test(arguments: [
        // A lower-case sentence after ? or ! is a new sentence in informal text…
        (
            "where did you grow up? india? i thought so.",
            ["where did you grow up?", "india?", "i thought so."]
        ),
        ("Site is live! and it works.", ["Site is live!", "and it works."]),
        // …but a capitalised name may carry a ! inside a sentence.
        (
            "She works at Yahoo! in the accounting department.",
            ["She works at Yahoo! in the accounting department."]
        ),
        // …and goes on into a listed abbreviation of the name; a capitalised word does not.
        (
            "He joined Yahoo! Inc. in 2004. Great! Ltd companies pay less.",
            ["He joined Yahoo! Inc. in 2004.", "Great!", "Ltd companies pay less."]
        ),
        // A word of ASCII letters without vowels is an abbreviation no list holds: it goes
        // on into lower case (pass 40: `tsp.` | `of it`), where an ordinary word ends its
        // sentence; before a capital it ends one as any word does (pass 41: `5 pm.`,
        // `MPs.`, `Hmm.`, `Łódź.` and Cyrillic were merged with the next sentence).
        (
            "Put a tsp. of it in. Send the RFP. Bruce agreed. it rained. then we ate. "
                + "Call until 5 pm. Results come later. The bill angered MPs. Protesters came. "
                + "Hmm. John is late. Ms. Khan met the CMs. PS. Call me. He lives in Łódź. "
                + "Maria too. Москва большая. Иван там.",
            [
                "Put a tsp. of it in.", "Send the RFP.", "Bruce agreed.", "it rained.",
                "then we ate.", "Call until 5 pm.", "Results come later.",
                "The bill angered MPs.", "Protesters came.", "Hmm.", "John is late.",
                "Ms. Khan met the CMs.", "PS. Call me.",
                "He lives in Łódź.", "Maria too.", "Москва большая.", "Иван там.",
            ]
        ),
        // A quotation in another script ends with its own terminator; its attribution in
        // lower case still continues it (pass 42).
        (
            "He said “یہ ہماری زمین ہے۔” and left. He asked “کیا یہ سچ ہے؟” Then he waited.",
            [
                "He said “یہ ہماری زمین ہے۔” and left.", "He asked “کیا یہ سچ ہے؟”",
                "Then he waited.",
            ]
        ),
        // An emoticon standing as a word closes its sentence, and follows a full stop.
        (
            "Thanks for the help :) I will try it. I love her. :) Posted by Ann ;-)",
            ["Thanks for the help :)", "I will try it.", "I love her. :)", "Posted by Ann ;-)"]
        ),
        ("Note:Do it. Ratio 3:2 (approx).", ["Note:Do it.", "Ratio 3:2 (approx)."]),
        (":) Hello there.", [":) Hello there."]),
        ("Line one is done.\n:) Line two here.", ["Line one is done.", ":) Line two here."]),
        ("Options :D and :P are both fine.", ["Options :D and :P are both fine."]),
        // A smiling or frowning face also ends its sentence before a lower-case word.
        (
            "Hope you hear soon :) you should ask them. Sad :-( but fine :D and so on.",
            ["Hope you hear soon :)", "you should ask them.", "Sad :-(", "but fine :D and so on."]
        ),
        (
            "Wow! Mar. 3 was the day. Congratulations! Sept. 12 is next.",
            ["Wow!", "Mar. 3 was the day.", "Congratulations!", "Sept. 12 is next."]
        ),
        // P.S. opens a sentence; company and title abbreviations go on.
        (
            "Cheers, Chris P.S. I am moving. Drs. Ali and Khan of ABC Pvt. Ltd. agree.",
            ["Cheers, Chris P.S. I am moving.", "Drs. Ali and Khan of ABC Pvt. Ltd. agree."]
        ),
        // A quotation followed by its attribution is one sentence.
        ("\"Why?\" he asked. Nobody knew.", ["\"Why?\" he asked.", "Nobody knew."]),
        // …also a capitalised one: a clause of up to five words ending in a verb of saying
        // (pass 44); a longer clause, or one ending otherwise, is a sentence of its own.
        (
            "\"Stop!\" Jake shouted. \"Why?\" Shojai told Reuters on Monday. \"Go!\" We ran.",
            [
                "\"Stop!\" Jake shouted.", "\"Why?\"", "Shojai told Reuters on Monday.",
                "\"Go!\"", "We ran.",
            ]
        ),
        // An abbreviation that often ends a sentence (final_abbreviations) ends one before
        // any capitalised word but a title or a bracket (pass 44: `etc. Everything`,
        // `Inc. Zeta` were one sentence); others still end only before a sentence starter.
        (
            "It takes bolts, nuts, etc. Everything ships today. She left Zeta Labs Inc. Zeta "
                + "declined. The talk is at 10 a.m. (CDT) at the Hyatt. At 5 a.m. Mr. Smith "
                + "left. Dinner is with Pitt, Briggs & Co. at noon. Ask Dept. Heads first.",
            [
                "It takes bolts, nuts, etc.", "Everything ships today.", "She left Zeta Labs Inc.",
                "Zeta declined.", "The talk is at 10 a.m. (CDT) at the Hyatt.",
                "At 5 a.m. Mr. Smith left.", "Dinner is with Pitt, Briggs & Co. at noon.",
                "Ask Dept. Heads first.",
            ]
        ),
        // No sentence opens with a company's suffix (non_starters) written short: `!` inside
        // a name at a sentence's start too; the word (`Ltd companies`) may open one.
        (
            "Yahoo! Inc. is a company. Good! Ltd companies pay less.",
            ["Yahoo! Inc. is a company.", "Good!", "Ltd companies pay less."]
        ),
        // After a number, a unit written short (number_units) ends no sentence before a
        // lower-case word; elsewhere the word is a word (informal text).
        (
            "He is 5 ft. 10 in. tall. It came in. tall men left.",
            ["He is 5 ft. 10 in. tall.", "It came in.", "tall men left."]
        ),
        // A greeting of a few words and a comma opens a letter as a sentence of its own
        // (greetings); not before the pronoun I, nor after a word of the sentence.
        (
            "Hi Sam, Just a heads up that we moved. Hello dear list members, The news is bad.",
            [
                "Hi Sam,", "Just a heads up that we moved.", "Hello dear list members,",
                "The news is bad.",
            ]
        ),
        // A sign-off alone before a comma too (sign_offs): `Regards, Debra`.
        (
            "Thanks for the help, Tom. Send it today. Best regards, Debra Perlingiere",
            [
                "Thanks for the help, Tom.", "Send it today.", "Best regards,",
                "Debra Perlingiere",
            ]
        ),
        // Not a name called, nor a title (pass 49).
        (
            "Hi, Mom! I am home. Thank you, Madam Speaker. Hello, Mrs. Jones, how are you? "
                + "Thanks, Dr. Patel, I feel better. Thanks, Sean Here you go.",
            [
                "Hi, Mom!", "I am home.", "Thank you, Madam Speaker.",
                "Hello, Mrs. Jones, how are you?", "Thanks, Dr. Patel, I feel better.", "Thanks,",
                "Sean Here you go.",
            ]
        ),
        (
            "Hi, I'm Bob. He said Hello, Mary waved. Dear Sir or Madam, you are all welcome.",
            [
                "Hi, I'm Bob.", "He said Hello, Mary waved.",
                "Dear Sir or Madam, you are all welcome.",
            ]
        ),
        // An opener after a sentence left without a terminator (openers), in a paragraph
        // that ends without one; not in Title Case, not after a number, not the pronoun I,
        // not before a capital or a comma (pass 50: `the band Yes, formed`), not one word
        // into a sentence (`Oh This`).
        (
            "I will be vacationing there If you know a hotel tell me. Thanks For A Great Job "
                + "and I went to see The Hobbit at 12.2 The end. The band Yes, formed in 1968, "
                + "played. Oh This is it",
            [
                "I will be vacationing there", "If you know a hotel tell me.",
                "Thanks For A Great Job and I went to see The Hobbit at 12.2 The end.",
                "The band Yes, formed in 1968, played.", "Oh This is it",
            ]
        ),
        // Edited prose, which ends its paragraphs on a terminator, keeps its titles (pass
        // 51).
        (
            "Stephen King's It was first published in 1986. They directed This is Spinal Tap.",
            [
                "Stephen King's It was first published in 1986.",
                "They directed This is Spinal Tap.",
            ]
        ),
        ("'Stop!' she cried.", ["'Stop!' she cried."]),
        ("He said “I am done.” and left.", ["He said “I am done.” and left."]),
        // An ellipsis before a capitalised word other than I ends the sentence.
        (
            "We waited and so on... The next day it rained.",
            ["We waited and so on...", "The next day it rained."]
        ),
        (
            "in the region . . . This operation failed.",
            ["in the region . . .", "This operation failed."]
        ),
        (
            "the thing is . . . I didn’t mean it.",
            ["the thing is . . . I didn’t mean it."]
        ),
        (
            "He spoke of its own agenda [...] \"The problem is elsewhere.\"",
            ["He spoke of its own agenda [...]", "\"The problem is elsewhere.\""]
        ),
        // Web and e-mail addresses are not cut at their dots or question marks.
        (
            "See http://www.google.com/search?q=forensic+photography for more.",
            ["See http://www.google.com/search?q=forensic+photography for more."]
        ),
        ("Posted via Newsfeed.Com today.", ["Posted via Newsfeed.Com today."]),
        // A dash standing as a word after a terminator opens the next sentence (signatures,
        // attachment lists); not after an abbreviation, nor between numbers.
        (
            "He had to act. -- Posted by Nook Thank you. - TEXT.htm At 5 p.m. - 6 p.m. we met.",
            [
                "He had to act.", "-- Posted by Nook Thank you.",
                "- TEXT.htm At 5 p.m. - 6 p.m. we met.",
            ]
        ),
        ("Pages 5 - 6 and Dr. - no - are fine!", ["Pages 5 - 6 and Dr. - no - are fine!"]),
        // An address spelled as one (`://`, `www.`, `@`) ends a sentence before a capital;
        // a missing space that looks like a domain (`cities.In`) does not.
        (
            "Mail: ann.lee@example.org November 22 is fine. See https://x.org/a.html It helps.",
            [
                "Mail: ann.lee@example.org", "November 22 is fine.", "See https://x.org/a.html",
                "It helps.",
            ]
        ),
        (
            "Go to www.example.com, Then rest. Used in 200 cities.In Singapore too. Ask ann@x.org now.",
            [
                "Go to www.example.com, Then rest.", "Used in 200 cities.In Singapore too.",
                "Ask ann@x.org now.",
            ]
        ),
        ("Visit www.example.Com now.", ["Visit www.example.Com now."]),
        // A label before a number never ends a sentence; without a number it may.
        ("Call me on ext. 37625 today.", ["Call me on ext. 37625 today."]),
        ("See p. 5 and vol. iv for details.", ["See p. 5 and vol. iv for details."]),
        (
            "There was a gallery of art. The sculptures were new.",
            ["There was a gallery of art.", "The sculptures were new."]
        ),
        // Q. and A. labels open their sentences; a terminator that starts a word ends
        // nothing; fullwidth stops end sentences; a time in capitals ends one before any
        // capitalised word.
        (
            "Q. What is the port called? A. It is called Gwadar.",
            ["Q. What is the port called?", "A. It is called Gwadar."]
        ),
        (
            "The !Kung people live there. They hunt.",
            ["The !Kung people live there.", "They hunt."]
        ),
        // No sentence ends at an opening bracket, and a footnote mark after a terminator
        // stays with its sentence (pass 67).
        (
            "See the map ![Map](map.png) below. Really!(sic) yes. What?[1] Next one.",
            ["See the map ![Map](map.png) below.", "Really!(sic) yes.", "What?[1] Next one."]
        ),
        ("He left.¹ Then he came back.", ["He left.¹", "Then he came back."]),
        ("He left.*† Then he came back.", ["He left.*†", "Then he came back."]),
        ("It ended．The next day was calm.", ["It ended．", "The next day was calm."]),
        (
            "They left at 6 P.M. Travellers who stayed were fine.",
            ["They left at 6 P.M.", "Travellers who stayed were fine."]
        ),
        ("At 5 a.m. Mr. Smith went out.", ["At 5 a.m. Mr. Smith went out."]),
        (
            "He moved to the U.S. Most of them stayed.",
            ["He moved to the U.S.", "Most of them stayed."]
        ),
        // Mail layout: a quoted name or a web address after an address, a separator and a
        // header's date stamp end sentences; e-mail addresses in a row, a separator before
        // a lower-case word, emphasis, a stamp inside a sentence and a blank to fill in a
        // script without case do not.
        (
            "Our site is http://www.example.com \"Lee, Ann\" you guys coming? "
                + "See http://a.org/x.html http://a.org/y.html and more. "
                + "Write to ann@x.org bob@y.org today.",
            [
                "Our site is http://www.example.com", "\"Lee, Ann\" you guys coming?",
                "See http://a.org/x.html", "http://a.org/y.html and more.",
                "Write to ann@x.org bob@y.org today.",
            ]
        ),
        (
            "He left Graae. *** Bush also named two. ---------- Posted via the group. "
                + "It was cut off to CPS --- do you know why? This is ***very*** important.",
            [
                "He left Graae.", "***", "Bush also named two. ---------- Posted via the group.",
                "It was cut off to CPS --- do you know why?", "This is ***very*** important.",
            ]
        ),
        (
            "Kay Mann 04/26/2001 07:17 AM will you send it? \"Les Lee\" <les@hnks.com> "
                + "02/13/2001 08:02 PM All: It is late. Posted at 3/9/2005 11:16:00 PM "
                + "We meet on 5/6/2024 10:30 to talk.",
            [
                "Kay Mann", "04/26/2001 07:17 AM", "will you send it?",
                "\"Les Lee\" <les@hnks.com>", "02/13/2001 08:02 PM", "All: It is late.",
                "Posted at 3/9/2005 11:16:00 PM", "We meet on 5/6/2024 10:30 to talk.",
            ]
        ),
        ("ميرا نام ___ ہے۔ ------ آپ کا؟", ["ميرا نام ___ ہے۔ ------ آپ کا؟"]),
        // Pass 55: blanks, masks and stamps inside a sentence; a stamp's AM/PM, time zone
        // and the punctuation after it stay with it; Markdown links are one sentence.
        (
            "It is made between ________ (\"Buyer\") and ____ today. Enter **** **** 1234 now. "
                + "Call Dr. ---- Smith. At 3/4/2024 10:30 AM the server crashed. "
                + "On Mon, 3/4/2024 10:30 AM, John wrote: Thanks. "
                + "The call is at 3/4/2024 10:30 AM EST and lasts. "
                + "See [Docs](https://a.com) [API](https://b.com) for more.",
            [
                "It is made between ________ (\"Buyer\") and ____ today.",
                "Enter **** **** 1234 now.", "Call Dr. ---- Smith.",
                "At 3/4/2024 10:30 AM the server crashed.",
                "On Mon, 3/4/2024 10:30 AM, John wrote: Thanks.",
                "The call is at 3/4/2024 10:30 AM EST and lasts.",
                "See [Docs](https://a.com) [API](https://b.com) for more.",
            ]
        ),
    ])
    func segmentsRunningText(_ text: String, _ expected: [String]) throws {
        #expect(try Self.sentences(text) == expected)
    }
}
