"""The five petals (the policy's themes) in the partner languages: German, Swedish, Bokmål and
Finnish, so that the flower on each partner language's home page leads to the theme in the
reader's own language. Faithful translations of the policy's own text (initiatives.seed.PETALS);
the initiatives under each petal are not translated (yet): the petal pages link them in English,
marked as such.

`TRANSLATIONS` follows the contract of home.localisation: language -> Danish segment -> text.
"""

# Danish segment -> {language: translation}, in the order of initiatives.seed.PETALS.
_PETALS = {
    # Synlighed
    "Synlighed": {
        "de": "Sichtbarkeit",
        "sv": "Synlighet",
        "nb": "Synlighet",
        "fi": "Näkyvyys",
    },
    "Vi skal synliggøre vores mange tilbud, aktiviteter og kvaliteter.": {
        "de": "Wir wollen unsere vielen Angebote, Aktivitäten und Qualitäten sichtbar machen.",
        "sv": "Vi ska synliggöra våra många erbjudanden, aktiviteter och kvaliteter.",
        "nb": "Vi skal synliggjøre våre mange tilbud, aktiviteter og kvaliteter.",
        "fi": "Tuomme näkyviin monet palvelumme, toimintamme ja vahvuutemme.",
    },
    "Vi skal være gode til at synliggøre vores mange tilbud, aktiviteter og kvaliteter både, "
    "når det gælder fritidstilbud og natur- og kultur/kulturarvsværdier – og vi skal være "
    "villige til at prøve kræfter med nye ting.": {
        "de": "Wir wollen gut darin sein, unsere vielen Angebote, Aktivitäten und Qualitäten "
        "sichtbar zu machen – bei den Freizeitangeboten ebenso wie bei den Natur-, Kultur- und "
        "Kulturerbewerten –, und wir wollen bereit sein, Neues auszuprobieren.",
        "sv": "Vi ska vara bra på att synliggöra våra många erbjudanden, aktiviteter och "
        "kvaliteter, både när det gäller fritidsutbud och natur- och kultur-/kulturarvsvärden – "
        "och vi ska vara villiga att pröva på nya saker.",
        "nb": "Vi skal være gode til å synliggjøre våre mange tilbud, aktiviteter og kvaliteter, "
        "både når det gjelder fritidstilbud og natur- og kultur-/kulturarvsverdier – og vi skal "
        "være villige til å prøve oss på nye ting.",
        "fi": "Haluamme osata tuoda hyvin näkyviin monet palvelumme, toimintamme ja "
        "vahvuutemme – niin vapaa-ajan tarjonnan kuin luonto-, kulttuuri- ja "
        "kulttuuriperintöarvotkin – ja olla valmiita kokeilemaan uutta.",
    },
    "Hvordan bliver vi stolte af vores kommune?": {
        "de": "Wie werden wir stolz auf unsere Kommune?",
        "sv": "Hur blir vi stolta över vår kommun?",
        "nb": "Hvordan blir vi stolte av kommunen vår?",
        "fi": "Miten meistä tulee ylpeitä kunnastamme?",
    },
    "Det lokale engagement og den viden, du som borger har om for eksempel natur, kultur, "
    "traditioner, historie og øvrige lokale forhold, er af stor betydning for at skabe "
    "synlighed omkring og udvikling af kommunens kvaliteter og aktiviteter": {
        "de": "Das Engagement vor Ort und das Wissen, das Sie als Bürgerin oder Bürger zum "
        "Beispiel über Natur, Kultur, Traditionen, Geschichte und andere örtliche Gegebenheiten "
        "haben, sind von großer Bedeutung, um die Qualitäten und Aktivitäten der Kommune "
        "sichtbar zu machen und weiterzuentwickeln",
        "sv": "Det lokala engagemanget och den kunskap som du som invånare har om till exempel "
        "natur, kultur, traditioner, historia och andra lokala förhållanden har stor betydelse "
        "för att synliggöra och utveckla kommunens kvaliteter och aktiviteter",
        "nb": "Det lokale engasjementet og den kunnskapen du som innbygger har om for eksempel "
        "natur, kultur, tradisjoner, historie og andre lokale forhold, har stor betydning for å "
        "synliggjøre og utvikle kommunens kvaliteter og aktiviteter",
        "fi": "Paikallinen sitoutuminen ja tieto, joka sinulla asukkaana on esimerkiksi "
        "luonnosta, kulttuurista, perinteistä, historiasta ja muista paikallisista oloista, on "
        "hyvin tärkeää kunnan vahvuuksien ja toiminnan näkyväksi tekemisessä ja kehittämisessä",
    },
    "Samarbejde mellem borgere og kommune om at understøtte og udvikle forskellige initiativer": {
        "de": "Zusammenarbeit zwischen Bürgerinnen und Bürgern und der Kommune, um "
        "unterschiedliche Initiativen zu unterstützen und weiterzuentwickeln",
        "sv": "Samarbete mellan invånare och kommun för att stödja och utveckla olika initiativ",
        "nb": "Samarbeid mellom innbyggere og kommune om å støtte og utvikle ulike initiativer",
        "fi": "Asukkaiden ja kunnan yhteistyö erilaisten aloitteiden tukemiseksi ja kehittämiseksi",
    },
    # Bosætning og levesteder
    "Bosætning og levesteder": {
        "de": "Wohnen und Lebensorte",
        "sv": "Bosättning och livsmiljöer",
        "nb": "Bosetting og bomiljø",
        "fi": "Asuminen ja elinympäristöt",
    },
    "At Haderslev Kommune er et attraktivt sted at bo og leve.": {
        "de": "Dass die Kommune Haderslev ein attraktiver Ort zum Wohnen und Leben ist.",
        "sv": "Att Haderslevs kommun är en attraktiv plats att bo och leva på.",
        "nb": "At Haderslev kommune er et attraktivt sted å bo og leve.",
        "fi": "Että Haderslevin kunta on houkutteleva paikka asua ja elää.",
    },
    "Hus og hjem, muligheder for aktiviteter og samvær, liv, leg, læring, arbejde, oplevelser, "
    "omsorg, pleje og service af mange forskellig slags er vigtige elementer for et godt "
    "levested. En vigtig forudsætning for det gode levested er, at der er sammenhæng i og "
    "tilgængelighed til de forskellige tilbud.": {
        "de": "Haus und Heim, Möglichkeiten für Aktivitäten und Gemeinschaft, Leben, Spiel, "
        "Lernen, Arbeit, Erlebnisse, Fürsorge, Pflege und Dienstleistungen vieler Art sind "
        "wichtige Bestandteile eines guten Lebensortes. Eine wichtige Voraussetzung für einen "
        "guten Lebensort ist, dass die verschiedenen Angebote zusammenhängen und zugänglich sind.",
        "sv": "Hus och hem, möjligheter till aktiviteter och samvaro, liv, lek, lärande, arbete, "
        "upplevelser, omsorg, vård och service av många olika slag är viktiga delar av en god "
        "livsmiljö. En viktig förutsättning för en god livsmiljö är att de olika erbjudandena "
        "hänger ihop och är tillgängliga.",
        "nb": "Hus og hjem, muligheter for aktiviteter og samvær, liv, lek, læring, arbeid, "
        "opplevelser, omsorg, pleie og tjenester av mange slag er viktige elementer i et godt "
        "bomiljø. En viktig forutsetning for et godt bomiljø er at de ulike tilbudene henger "
        "sammen og er tilgjengelige.",
        "fi": "Koti, mahdollisuudet toimintaan ja yhdessäoloon, elämä, leikki, oppiminen, työ, "
        "elämykset, huolenpito, hoiva ja monenlaiset palvelut ovat hyvän elinympäristön tärkeitä "
        "osia. Hyvän elinympäristön tärkeä edellytys on, että eri palvelut muodostavat "
        "kokonaisuuden ja ovat saavutettavissa.",
    },
    "Hvordan hjælper vi med til at skabe liv og aktivitet?": {
        "de": "Wie tragen wir dazu bei, Leben und Aktivität zu schaffen?",
        "sv": "Hur hjälper vi till att skapa liv och aktivitet?",
        "nb": "Hvordan hjelper vi til med å skape liv og aktivitet?",
        "fi": "Miten autamme luomaan elämää ja toimintaa?",
    },
    "At alle bidrager med det, de kan, i de sammenhænge, de indgår i": {
        "de": "Dass alle das beitragen, was sie können, dort, wo sie mitwirken",
        "sv": "Att alla bidrar med det de kan i de sammanhang de ingår i",
        "nb": "At alle bidrar med det de kan, i de sammenhengene de inngår i",
        "fi": "Että jokainen antaa sen, mihin pystyy, niissä yhteyksissä, joissa on mukana",
    },
    "Det gode naboskab og det lokale engagement er nøgleord": {
        "de": "Gute Nachbarschaft und Engagement vor Ort sind die Schlüsselwörter",
        "sv": "Gott grannskap och lokalt engagemang är nyckelord",
        "nb": "Godt naboskap og lokalt engasjement er nøkkelord",
        "fi": "Hyvä naapuruus ja paikallinen sitoutuminen ovat avainsanoja",
    },
    # Erhverv og uddannelse
    "Erhverv og uddannelse": {
        "de": "Wirtschaft und Bildung",
        "sv": "Näringsliv och utbildning",
        "nb": "Næringsliv og utdanning",
        "fi": "Elinkeinot ja koulutus",
    },
    "Kvalificeret og engageret arbejdskraft – og attraktive uddannelser.": {
        "de": "Qualifizierte und engagierte Arbeitskräfte – und attraktive Ausbildungen.",
        "sv": "Kvalificerad och engagerad arbetskraft – och attraktiva utbildningar.",
        "nb": "Kvalifisert og engasjert arbeidskraft – og attraktive utdanninger.",
        "fi": "Osaavaa ja sitoutunutta työvoimaa – ja houkuttelevia koulutuksia.",
    },
    "Vi vil være kendetegnet ved, at erhvervslivets/virksomhedernes behov for kvalificeret og "
    "engageret arbejdskraft kan opfyldes i området.": {
        "de": "Wir wollen dafür bekannt sein, dass der Bedarf der Wirtschaft und der "
        "Unternehmen an qualifizierten und engagierten Arbeitskräften in der Region gedeckt "
        "werden kann.",
        "sv": "Vi vill vara kända för att näringslivets och företagens behov av kvalificerad och "
        "engagerad arbetskraft kan tillgodoses i området.",
        "nb": "Vi vil være kjent for at næringslivets og bedriftenes behov for kvalifisert og "
        "engasjert arbeidskraft kan dekkes i området.",
        "fi": "Haluamme olla tunnettuja siitä, että elinkeinoelämän ja yritysten tarve "
        "osaavalle ja sitoutuneelle työvoimalle voidaan täyttää alueella.",
    },
    "Det skal være attraktivt at uddanne sig i Haderslev Kommune.": {
        "de": "Es soll attraktiv sein, sich in der Kommune Haderslev ausbilden zu lassen.",
        "sv": "Det ska vara attraktivt att utbilda sig i Haderslevs kommun.",
        "nb": "Det skal være attraktivt å ta utdanning i Haderslev kommune.",
        "fi": "Haderslevin kunnassa on oltava houkuttelevaa opiskella.",
    },
    "Hvordan skaber og driver vi arbejdspladser og uddannelsesinstitutioner?": {
        "de": "Wie schaffen und betreiben wir Arbeitsplätze und Bildungseinrichtungen?",
        "sv": "Hur skapar och driver vi arbetsplatser och utbildningsinstitutioner?",
        "nb": "Hvordan skaper og driver vi arbeidsplasser og utdanningsinstitusjoner?",
        "fi": "Miten luomme ja ylläpidämme työpaikkoja ja oppilaitoksia?",
    },
    # Sammenhæng og tilgængelighed
    "Sammenhæng og tilgængelighed": {
        "de": "Zusammenhang und Zugänglichkeit",
        "sv": "Sammanhang och tillgänglighet",
        "nb": "Sammenheng og tilgjengelighet",
        "fi": "Yhtenäisyys ja saavutettavuus",
    },
    "Haderslev Kommune som en samlet geografisk enhed.": {
        "de": "Die Kommune Haderslev als eine zusammenhängende geografische Einheit.",
        "sv": "Haderslevs kommun som en sammanhållen geografisk enhet.",
        "nb": "Haderslev kommune som én samlet geografisk enhet.",
        "fi": "Haderslevin kunta yhtenäisenä maantieteellisenä kokonaisuutena.",
    },
    "At Haderslev Kommune fortsat styrkes som en samlet geografisk enhed. At byernes "
    "forskellige styrker, potentialer og begrænsninger anerkendes.": {
        "de": "Dass die Kommune Haderslev als zusammenhängende geografische Einheit weiter "
        "gestärkt wird. Dass die unterschiedlichen Stärken, Potenziale und Grenzen der Städte "
        "anerkannt werden.",
        "sv": "Att Haderslevs kommun fortsatt stärks som en sammanhållen geografisk enhet. Att "
        "orternas olika styrkor, potential och begränsningar erkänns.",
        "nb": "At Haderslev kommune fortsatt styrkes som én samlet geografisk enhet. At byenes "
        "ulike styrker, potensialer og begrensninger anerkjennes.",
        "fi": "Että Haderslevin kuntaa vahvistetaan edelleen yhtenäisenä maantieteellisenä "
        "kokonaisuutena. Että kaupunkien erilaiset vahvuudet, mahdollisuudet ja rajoitukset "
        "tunnustetaan.",
    },
    "Byernes sociale aktiviteter og behov, herunder kultur-, idræts- og fritidstilbud "
    "understøttes, og byernes potentialer og ressourcer i området udforskes og udfordres.": {
        "de": "Die sozialen Aktivitäten und Bedürfnisse der Städte, darunter Kultur-, Sport- und "
        "Freizeitangebote, werden unterstützt, und die Potenziale und Ressourcen der Städte in "
        "der Region werden erkundet und herausgefordert.",
        "sv": "Orternas sociala aktiviteter och behov, däribland kultur-, idrotts- och "
        "fritidsutbud, stöds, och orternas potential och resurser i området utforskas och "
        "utmanas.",
        "nb": "Byenes sosiale aktiviteter og behov, blant annet kultur-, idretts- og "
        "fritidstilbud, støttes, og byenes potensialer og ressurser i området utforskes og "
        "utfordres.",
        "fi": "Kaupunkien sosiaalista toimintaa ja tarpeita, kuten kulttuuri-, liikunta- ja "
        "vapaa-ajan palveluja, tuetaan, ja kaupunkien mahdollisuuksia ja voimavaroja alueella "
        "tutkitaan ja haastetaan.",
    },
    "Hvordan kan vi bidrage til en bedre kommune?": {
        "de": "Wie können wir zu einer besseren Kommune beitragen?",
        "sv": "Hur kan vi bidra till en bättre kommun?",
        "nb": "Hvordan kan vi bidra til en bedre kommune?",
        "fi": "Miten voimme auttaa tekemään kunnasta paremman?",
    },
    # Sundhed og bæredygtighed
    "Sundhed og bæredygtighed": {
        "de": "Gesundheit und Nachhaltigkeit",
        "sv": "Hälsa och hållbarhet",
        "nb": "Helse og bærekraft",
        "fi": "Terveys ja kestävyys",
    },
    "De bedste rammer for et godt og sundt liv – både fysisk og mentalt.": {
        "de": "Die besten Voraussetzungen für ein gutes und gesundes Leben – körperlich wie "
        "seelisch.",
        "sv": "De bästa förutsättningarna för ett gott och hälsosamt liv – både fysiskt och "
        "psykiskt.",
        "nb": "De beste rammene for et godt og sunt liv – både fysisk og psykisk.",
        "fi": "Parhaat edellytykset hyvään ja terveelliseen elämään – niin fyysisesti kuin "
        "henkisesti.",
    },
    "At borgere i Haderslev Kommune har de bedste rammer for et godt og sundt liv – både "
    "fysisk og mentalt.": {
        "de": "Dass die Bürgerinnen und Bürger der Kommune Haderslev die besten Voraussetzungen "
        "für ein gutes und gesundes Leben haben – körperlich wie seelisch.",
        "sv": "Att invånarna i Haderslevs kommun har de bästa förutsättningarna för ett gott och "
        "hälsosamt liv – både fysiskt och psykiskt.",
        "nb": "At innbyggerne i Haderslev kommune har de beste rammene for et godt og sunt liv – "
        "både fysisk og psykisk.",
        "fi": "Että Haderslevin kunnan asukkailla on parhaat edellytykset hyvään ja "
        "terveelliseen elämään – niin fyysisesti kuin henkisesti.",
    },
    "Borgere, der har et godt fysisk og/eller mentalt helbred, er ofte mere selvhjulpne og har "
    "overskud til at deltage aktivt i medborgerskabet.": {
        "de": "Bürgerinnen und Bürger mit guter körperlicher und/oder seelischer Gesundheit sind "
        "oft selbstständiger und haben die Kraft, sich aktiv am Bürgerengagement zu beteiligen.",
        "sv": "Invånare som har god fysisk och/eller psykisk hälsa klarar sig ofta bättre på "
        "egen hand och har ork att delta aktivt i medborgarskapet.",
        "nb": "Innbyggere som har god fysisk og/eller psykisk helse, er ofte mer selvhjulpne og "
        "har overskudd til å delta aktivt i medborgerskapet.",
        "fi": "Asukkaat, joiden fyysinen ja/tai henkinen terveys on hyvä, pärjäävät usein "
        "paremmin omillaan ja jaksavat osallistua aktiivisesti kansalaistoimintaan.",
    },
    "Hvordan kan vi bidrage til bedre sundhed og bæredygtighed?": {
        "de": "Wie können wir zu besserer Gesundheit und Nachhaltigkeit beitragen?",
        "sv": "Hur kan vi bidra till bättre hälsa och hållbarhet?",
        "nb": "Hvordan kan vi bidra til bedre helse og bærekraft?",
        "fi": "Miten voimme edistää parempaa terveyttä ja kestävyyttä?",
    },
    "Det sunde liv og de sunde valg bygger i høj grad på den enkeltes handlinger og valg i "
    "dagligdagen": {
        "de": "Das gesunde Leben und die gesunden Entscheidungen beruhen in hohem Maße auf dem, "
        "was jede und jeder Einzelne im Alltag tut und wählt",
        "sv": "Det hälsosamma livet och de hälsosamma valen bygger i hög grad på den enskildes "
        "handlingar och val i vardagen",
        "nb": "Det sunne livet og de sunne valgene bygger i stor grad på den enkeltes handlinger "
        "og valg i hverdagen",
        "fi": "Terveellinen elämä ja terveelliset valinnat perustuvat pitkälti jokaisen omiin "
        "tekoihin ja valintoihin arjessa",
    },
    "Vores adfærd – fysisk og socialt – har betydning for os selv og for vores omgivelser": {
        "de": "Unser Verhalten – körperlich und sozial – ist für uns selbst und für unsere "
        "Umgebung von Bedeutung",
        "sv": "Vårt beteende – fysiskt och socialt – har betydelse för oss själva och för vår "
        "omgivning",
        "nb": "Vår atferd – fysisk og sosialt – har betydning for oss selv og for omgivelsene våre",
        "fi": "Käyttäytymisellämme – fyysisesti ja sosiaalisesti – on merkitystä meille "
        "itsellemme ja ympäristöllemme",
    },
    "Aktiv deltagelse i foreningsliv og sociale netværk understøtter mental og fysisk trivsel": {
        "de": "Aktive Teilnahme am Vereinsleben und in sozialen Netzwerken fördert das "
        "seelische und körperliche Wohlbefinden",
        "sv": "Aktivt deltagande i föreningsliv och sociala nätverk främjar psykiskt och "
        "fysiskt välbefinnande",
        "nb": "Aktiv deltakelse i foreningsliv og sosiale nettverk fremmer psykisk og fysisk "
        "trivsel",
        "fi": "Aktiivinen osallistuminen yhdistystoimintaan ja sosiaalisiin verkostoihin tukee "
        "henkistä ja fyysistä hyvinvointia",
    },
}

PARTNER_LANGUAGES = ("de", "sv", "nb", "fi")

TRANSLATIONS = {
    language: {danish: texts[language] for danish, texts in _PETALS.items()}
    for language in PARTNER_LANGUAGES
}
