import EnveloppeFormats

/// The help texts, French first.
enum Help {
    static func text(_ topic: String?, _ language: Language) -> String? {
        let fr = language == .fr
        switch topic {
        case nil:
            return fr ? """
                enveloppe — calcule la répartition, le versement et l'emploi des enveloppes « Logement d'abord ».

                Usage : enveloppe COMMANDE [options]

                Commandes :
                  run FICHIER        calcule un scénario : enveloppe, coûts unitaires, échéancier, mois par mois, contrôles
                  budget FICHIER     le budget prévisionnel (CERFA 12156) de la première convention
                  check FICHIER…     tous les contrôles de cohérence de chaque candidature (code 1 si l'un échoue)
                  compare FICHIER FICHIER…
                                     plusieurs candidatures côte à côte : chiffres clés et contrôles
                  explain FICHIER [IDENTIFIANT]
                                     les chiffres et leurs identifiants, ou la dérivation d'un chiffre jusqu'au texte de l'appel
                  validate FICHIER…  vérifie les scénarios sans afficher de rapport (pour un éditeur ou un script)
                  allocate FICHIER   répartit une enveloppe entre les candidats (bloc "allocation" du scénario)
                  whatif [--amount MONTANT] [--households MÉNAGES]
                                     ce qu'un montant finance et ce que N ménages coûtent, appel par appel
                  settle FICHIER --actuals COMPTAGES.csv
                                     service fait, solde ou reversement d'après les comptages mensuels
                  presets            liste les appels connus (préréglages) et leurs sources
                  init PRÉRÉGLAGE FICHIER
                                     écrit un scénario de départ pour cet appel, prêt à être calculé
                  schema             affiche le schéma JSON des fichiers de scénario
                  help COMMANDE      aide d'une commande

                Options communes :
                  --lang fr|en       langue de sortie (français par défaut)
                  --format text|json|csv|html
                  --output FICHIER   écrit dans ce fichier (entier ou pas du tout) au lieu de l'écran

                Codes de sortie : 0 tout va bien · 1 un contrôle échoue · 2 entrée invalide ou usage.
                Exemple : enveloppe run scenarios/bail-dabord-montpellier-2025.json
                """ : """
                enveloppe — computes how "Logement d'abord" funding envelopes are allocated, paid and spent.

                Usage: enveloppe COMMAND [options]

                Commands:
                  run FILE           compute a scenario: envelope, unit costs, payments, month by month, checks
                  budget FILE        the forecast budget (CERFA 12156) of the first convention
                  check FILE…        every coherence check of each application (status 1 when one fails)
                  compare FILE FILE… several applications side by side: key figures and checks
                  explain FILE [IDENTIFIER]
                                     the figures and their identifiers, or a figure's derivation down to the call's text
                  validate FILE…     check scenarios without printing a report (for an editor or a script)
                  allocate FILE      share an envelope among candidates (the scenario's "allocation" block)
                  whatif [--amount AMOUNT] [--households HOUSEHOLDS]
                                     what an amount funds and what N households cost, call by call
                  settle FILE --actuals COUNTS.csv
                                     service fait, balance or repayment from the monthly counts
                  presets            list the known calls (presets) and their sources
                  init PRESET FILE   write a starter scenario for that call, ready to run
                  schema             print the JSON Schema of scenario files
                  help COMMAND       help for a command

                Common options:
                  --lang fr|en       output language (French by default)
                  --format text|json|csv|html
                  --output FILE      write to this file (whole or not at all) instead of the screen

                Exit status: 0 all good · 1 a check failed · 2 bad input or usage.
                Example: enveloppe run scenarios/bail-dabord-montpellier-2025.json --lang en
                """
        case "run":
            return fr ? """
                Usage : enveloppe run FICHIER [--format text|json|csv|html] [--table months|figures] [--output FICHIER] [--lang fr|en]

                Lit un scénario (JSON), applique les règles de l'appel choisi (préréglage) et les valeurs
                que le scénario fixe lui-même (bloc "rules"), puis affiche :
                  - l'enveloppe par ligne et par financeur, avec la source de chaque montant ;
                  - les coûts unitaires (par ménage, par logement, par ETP ; par an et par mois) ;
                  - la répartition entre structures quand il y en a plusieurs ;
                  - l'échéancier de chaque convention : avance, service fait, solde ou reversement, et leurs mois ;
                  - le tableau mois par mois : ménages, mesures-mois, encaissements, décaissements, trésorerie ;
                  - le point bas de la trésorerie et le fonds de roulement à trouver ;
                  - chaque contrôle (ok / alerte / échec) avec les chiffres comparés et la source de la règle.
                --format csv : le tableau mois par mois pour tableur français (« ; », virgule décimale, UTF-8 avec BOM) ;
                               avec --table figures, les chiffres et les contrôles.
                --format json : tout le rapport, pour les programmes.
                --format html : une page autonome avec graphiques (à écrire avec --output rapport.html).
                Code de sortie 1 si un contrôle échoue (les alertes n'échouent pas), 2 si le fichier est invalide.
                """ : """
                Usage: enveloppe run FILE [--format text|json|csv|html] [--table months|figures] [--output FILE] [--lang fr|en]

                Reads a scenario (JSON), applies the chosen call's rules (preset) and the values the
                scenario sets itself ("rules" block), then prints:
                  - the envelope by line and funder, with the source of each amount;
                  - unit costs (per household, dwelling, FTE; per year and per month);
                  - the split between operators when there are several;
                  - each convention's payments: advance, service fait, balance or repayment, and their months;
                  - the month-by-month table: households, household-months, receipts, expenses, treasury;
                  - the treasury's low point and the working capital to find;
                  - every check (ok / warning / failure) with the figures compared and the rule's source.
                --format csv: the month-by-month table for French spreadsheets (';', decimal comma, UTF-8 with BOM);
                              with --table figures, the figures and checks.
                --format json: the whole report, for programs.
                --format html: a self-contained page with charts (write it with --output report.html).
                Exit status 1 when a check fails (warnings do not fail), 2 when the file is invalid.
                """
        case "budget":
            return fr ? """
                Usage : enveloppe budget FICHIER [--format text|csv|html] [--euros] [--output FICHIER] [--lang fr|en]

                Le budget prévisionnel de la première convention dans la présentation du CERFA 12156 : charges par
                compte (60 à 68, charges indirectes, 86), produits (70 à 79, 74 par financeur, 87), totaux, équilibre.
                Il est tiré des coûts du scénario, ou c'est celui que le candidat a déposé (bloc "budget" du scénario).
                --euros : en euros entiers, comme le formulaire, arrondis pour que le budget reste équilibré.
                --format csv : pour recopier dans le formulaire depuis un tableur.
                """ : """
                Usage: enveloppe budget FILE [--format text|csv|html] [--euros] [--output FILE] [--lang fr|en]

                The first convention's forecast budget in the layout of the CERFA 12156 form: charges by account
                (60 to 68, indirect charges, 86), income (70 to 79, 74 by funder, 87), totals, balance. Derived from
                the scenario's costs, or the one the candidate submitted (the scenario's "budget" block).
                --euros: in whole euros, as the form asks, rounded so that the budget still balances.
                """
        case "check":
            return fr ? """
                Usage : enveloppe check FICHIER… [--lang fr|en] [--output FICHIER]

                Tous les contrôles de cohérence de chaque scénario, avec les chiffres comparés et la source de la règle :
                équilibre du budget, subventions demandées et prévues par l'appel, plafond des charges (et la lecture
                appliquée), équipe et encadrement, ménages par ETP, coût par ménage, part du personnel, avance et solde,
                mesures qui dépassent la convention, dépenses que l'enveloppe doit couvrir ou qu'elle exclut.
                Code de sortie : 0 aucun échec (les alertes n'échouent pas), 1 un contrôle échoue, 2 entrée invalide.
                """ : """
                Usage: enveloppe check FILE… [--lang fr|en] [--output FILE]

                Every coherence check of each scenario, with the figures compared and the rule's source.
                Exit status: 0 no failure (warnings do not fail), 1 a check failed, 2 bad input.
                """
        case "compare":
            return fr ? """
                Usage : enveloppe compare FICHIER FICHIER… [--format text|csv|html] [--output FICHIER] [--lang fr|en]

                Plusieurs candidatures ou variantes côte à côte, dans l'ordre donné : subvention, ménages, ETP, coût par
                ménage, part des charges hors personnel, point bas de trésorerie, contrôles en échec et alertes.
                """ : """
                Usage: enveloppe compare FILE FILE… [--format text|csv|html] [--output FILE] [--lang fr|en]

                Several applications or variants side by side, in the order given: grant, households, FTE, cost per
                household, non-staff share of charges, treasury low point, checks failed and warnings.
                """
        case "validate":
            return fr ? """
                Usage : enveloppe validate FICHIER… [--lang fr|en]

                Vérifie chaque scénario sans afficher de rapport : sa forme (champs, types, chemins), le budget CSV qu'il
                nomme, les identifiants de ses chiffres attendus ("expected"), les mois dans le bon ordre, et les valeurs
                qui dépassent ce que permet le texte de l'appel (un taux au-dessus de 7 000 € par ménage, un plafond
                au-dessus de 25 %…). Code de sortie 0 si tout est valide, 2 sinon, avec un message d'une ligne par fichier.
                Pour un éditeur, à chaque enregistrement.
                """ : """
                Usage: enveloppe validate FILE… [--lang fr|en]

                Checks each scenario without printing a report: its shape, the budget CSV it names, the identifiers of
                its expected figures, months in order, and values beyond what the call's text allows. Exit 0 or 2.
                """
        case "explain":
            return fr ? """
                Usage : enveloppe explain FICHIER [IDENTIFIANT] [--actuals COMPTAGES.csv] [--format text|json] [--lang fr|en]

                Sans identifiant : tous les chiffres du scénario (ceux de run, de check, et d'allocate quand il a un bloc
                "allocation" ; de settle avec --actuals), chacun avec son identifiant stable et sa valeur.
                Avec un identifiant (par ex. paiement.vial.solde) : la dérivation du chiffre, en arbre, jusqu'aux champs
                du scénario et aux passages cités de l'appel. --format json la donne pour les programmes.
                """ : """
                Usage: enveloppe explain FILE [IDENTIFIER] [--actuals COUNTS.csv] [--format text|json] [--lang fr|en]

                Without an identifier: every figure of the scenario with its stable identifier and value. With one
                (e.g. paiement.vial.solde): its derivation as a tree, down to the scenario's fields and the call's text.
                """
        case "allocate":
            return fr ? """
                Usage : enveloppe allocate FICHIER [--format text|csv|json] [--output FICHIER] [--lang fr|en]

                Répartit l'enveloppe du bloc "allocation" du scénario (un nombre de mesures, ou un montant) entre les
                candidats, selon la méthode choisie : proportional (au prorata des poids, par ex. la population),
                proRataOfRequests (au prorata des demandes, jamais plus que demandé), byRank (dans l'ordre du jury).
                Minimums et maximums respectés ; mesures entières au plus fort reste ; à égalité, le plus grand poids
                puis le plus petit identifiant : le résultat ne dépend pas de l'ordre de la liste. Pour chacun :
                mesures, montant, avance et solde ; et ce qui reste non attribué.
                """ : """
                Usage: enveloppe allocate FILE [--format text|csv|json] [--output FILE] [--lang fr|en]

                Shares the envelope of the scenario's "allocation" block among the candidates by the chosen method:
                proportional (to weights), proRataOfRequests (never more than asked), byRank (the jury's order).
                Bounds met; whole measures by largest remainder; ties to the larger weight, then the smaller id.
                """
        case "whatif":
            return fr ? """
                Usage : enveloppe whatif [--amount MONTANT] [--households MÉNAGES] [--lang fr|en]

                Les appels côte à côte : coût d'un ménage, ménages entiers qu'un montant finance (et ce qui reste),
                enveloppe nécessaire pour un nombre de ménages. Par ex. : enveloppe whatif --amount 227000 --households 64
                """ : """
                Usage: enveloppe whatif [--amount AMOUNT] [--households HOUSEHOLDS] [--lang fr|en]

                The calls side by side: cost of one household, whole households an amount funds (and what is left),
                the envelope a number of households needs.
                """
        case "settle":
            return fr ? """
                Usage : enveloppe settle FICHIER --actuals COMPTAGES.csv [--threshold 10] [--format text|csv|html] [--output FICHIER]

                Les comptages mensuels des opérateurs (CSV : mois;opérateur;mesures, par ex. 2023-03;association-a;11)
                donnent, par opérateur et par ligne : le service fait à date et pour l'année, le solde dû ou le
                reversement, l'écart avec le plan en euros et en %, comme le compte-rendu financier (CERFA 15059).
                Un mois sans comptage est compté zéro et signalé ; les mois pas encore comptés viennent du plan.
                --threshold : l'écart (en % du prévu) à partir duquel il est à expliquer (10 par défaut ; aucun texte n'en fixe).
                """ : """
                Usage: enveloppe settle FILE --actuals COUNTS.csv [--threshold 10] [--format text|csv|html] [--output FILE]

                The operators' monthly counts (CSV: month;operator;measures) give, per operator and line, the service
                fait to date and for the year, the balance or repayment, and the gap with the plan (CERFA 15059 shape).
                """
        case "presets":
            return fr ? "Usage : enveloppe presets [--lang fr|en]\n\nListe les appels connus, leurs paramètres et la source de chacun."
                : "Usage: enveloppe presets [--lang fr|en]\n\nLists the known calls, their parameters and the source of each."
        case "init":
            return fr ? """
                Usage : enveloppe init PRÉRÉGLAGE FICHIER [--force]

                Écrit un scénario de départ pour l'appel PRÉRÉGLAGE (voir `enveloppe presets`), que
                `enveloppe run FICHIER` calcule tel quel. Ne remplace pas un fichier existant sans --force.
                """ : """
                Usage: enveloppe init PRESET FILE [--force]

                Writes a starter scenario for the call PRESET (see `enveloppe presets`) that
                `enveloppe run FILE` computes as it is. Does not replace an existing file without --force.
                """
        case "schema":
            return fr ? "Usage : enveloppe schema [--output FICHIER]\n\nAffiche le schéma JSON (draft 2020-12) des scénarios, pour qu'un éditeur les valide et les complète."
                : "Usage: enveloppe schema [--output FILE]\n\nPrints the JSON Schema (draft 2020-12) of scenarios, so an editor can validate and complete them."
        case "help":
            return text(nil, language)
        default:
            return nil
        }
    }
}
