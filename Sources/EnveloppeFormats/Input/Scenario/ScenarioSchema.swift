/// The JSON Schema of scenario files, printed by `enveloppe schema` so an
/// editor can validate and complete a scenario. A test checks that its
/// properties are exactly the keys ``ScenarioDecoder`` accepts.
public enum ScenarioSchema {
    public static let text = top + "\n" + risk + "\n" + operators

    /// Everything but the operators: title, preset, rules, budget, allocation, expected figures.
    static let top = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://enveloppe.invalid/scenario.schema.json",
          "title": "Scénario Enveloppe",
          "description": "Un scénario : l'appel (préréglage), les structures de la candidature, et les valeurs que le scénario fixe lui-même. Voir docs/scenario-format.md.",
          "type": "object",
          "additionalProperties": false,
          "required": ["title", "preset", "operators"],
          "properties": {
            "$schema": { "type": "string" },
            "title": { "type": "string", "minLength": 1, "description": "Titre du scénario." },
            "description": { "type": "string", "description": "Contexte et hypothèses du scénario, en clair." },
            "preset": {
              "enum": ["bail-dabord-montpellier-2024", "bail-dabord-montpellier-2023", "vial-pas-de-calais-2025-ami1", "vial-pas-de-calais-2025-ami2", "aml-pas-de-calais-2019"],
              "description": "L'appel dont les règles s'appliquent (enveloppe presets)."
            },
            "rules": {
              "type": "object",
              "additionalProperties": false,
              "description": "Valeurs qui remplacent ou complètent celles de l'appel ; chacune est citée « scénario, rules.… » dans les rapports.",
              "properties": {
                "households": { "$ref": "#/$defs/count" },
                "envelopeTotal": { "$ref": "#/$defs/amount" },
                "lines": {
                  "type": "object",
                  "description": "Par identifiant de ligne (iml, fsl, vial, aml).",
                  "additionalProperties": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                      "amount": { "$ref": "#/$defs/amount", "description": "Montant d'une ligne à montant fixe." },
                      "annualRate": { "$ref": "#/$defs/amount", "description": "Taux annuel par ménage d'une ligne au taux." },
                      "units": { "$ref": "#/$defs/fte", "description": "Quantité financée (logements, ETP) d'une ligne à montant fixe." },
                      "subsidyLine": { "$ref": "#/$defs/subsidyLine", "description": "Ligne du compte 74 du financeur sur le formulaire CERFA 12156." }
                    }
                  }
                },
                "team": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "requiredFTE": { "$ref": "#/$defs/fte" },
                    "minimumManagementFTE": { "$ref": "#/$defs/fte" }
                  }
                },
                "cap": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "rate": { "$ref": "#/$defs/rate" },
                    "scope": { "enum": ["nonStaff", "indirectOnly"] },
                    "base": { "enum": ["paidAmount", "subsidy", "otherCharges", "totalCharges"] }
                  }
                },
                "paymentTerms": {
                  "type": "object",
                  "additionalProperties": false,
                  "not": { "anyOf": [{ "required": ["instalments", "advanceRate"] }, { "required": ["instalments", "advanceDelayMonths"] }] },
                  "properties": {
                    "advanceRate": { "$ref": "#/$defs/rate", "description": "Obligatoire quand l'appel ne fixe pas de conditions de versement." },
                    "rounding": { "enum": ["halfAwayFromZero", "towardZero", "down"] },
                    "advanceDelayMonths": { "type": "integer", "minimum": 0, "maximum": 36, "description": "Mois entre le début de la convention et l'avance (1 par défaut)." },
                    "balanceDelayMonths": { "type": "integer", "minimum": 1, "maximum": 36, "description": "Mois entre la fin de la convention et le solde (6 par défaut)." },
                    "instalments": { "$ref": "#/properties/rules/properties/paymentTerms/$defs/instalments" },
                    "funders": {
                      "type": "object",
                      "description": "Conditions propres à un financeur, par son identifiant (ddets, metropole, departement, ddcs) : ce qu'elles disent remplace les conditions générales.",
                      "additionalProperties": {
                        "type": "object",
                        "additionalProperties": false,
                        "not": { "anyOf": [{ "required": ["instalments", "advanceRate"] }, { "required": ["instalments", "advanceDelayMonths"] }] },
                        "properties": {
                          "advanceRate": { "$ref": "#/$defs/rate" },
                          "rounding": { "enum": ["halfAwayFromZero", "towardZero", "down"] },
                          "advanceDelayMonths": { "type": "integer", "minimum": 0, "maximum": 36 },
                          "balanceDelayMonths": { "type": "integer", "minimum": 1, "maximum": 36 },
                          "instalments": { "$ref": "#/properties/rules/properties/paymentTerms/$defs/instalments" }
                        }
                      }
                    }
                  },
                  "$defs": {
                    "instalments": {
                      "type": "array",
                      "minItems": 1,
                      "description": "Les versements avant le solde, l'avance d'abord : la part de chacun et son mois après le début de la convention ; 100 % au plus en tout.",
                      "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": ["rate", "delayMonths"],
                        "properties": {
                          "rate": { "$ref": "#/$defs/rate" },
                          "delayMonths": { "type": "integer", "minimum": 0, "maximum": 36 }
                        }
                      }
                    }
                  }
                },
                "convention": {
                  "type": "object",
                  "additionalProperties": false,
                  "minProperties": 1,
                  "dependentRequired": { "start": ["months"], "months": ["start"] },
                  "description": "Une autre convention que celle de l'appel (start et months ensemble), ou periods seul : la convention de l'appel reconduite.",
                  "properties": {
                    "start": { "$ref": "#/$defs/month" },
                    "months": { "type": "integer", "minimum": 1, "maximum": 600 },
                    "periods": { "type": "integer", "minimum": 1, "description": "Conventions successives de même durée (1 par défaut)." }
                  }
                },
                "conventions": { "enum": ["group", "perOperator"], "description": "Une convention pour la candidature (group) ou une par structure (perOperator), à la place de celle que décrit l'appel." },
                "accompanimentMonths": { "type": "integer", "minimum": 1, "maximum": 600 }
              }
            },
            "openingBalance": { "$ref": "#/$defs/signedAmount", "description": "Trésorerie au début du premier mois (0 par défaut ; négative si l'association commence à découvert)." },
            "otherIncome": {
              "type": "array", "items": { "$ref": "#/$defs/budgetLine" },
              "description": "Produits en plus des subventions de l'appel (fonds propres 75, autres financeurs 74…)."
            },
            "contributionsInKind": {
              "type": "array",
              "description": "Contributions volontaires en nature, portées en 86 et en 87.",
              "items": {
                "type": "object", "additionalProperties": false, "required": ["label", "amount"],
                "properties": { "label": { "type": "string", "minLength": 1 }, "amount": { "$ref": "#/$defs/amount" } }
              }
            },
            "expected": {
              "type": "object",
              "description": "Chiffres attendus, par identifiant (enveloppe explain FICHIER les liste) : \"49 000,00 €\", 49000, \"49000.00\" ou un nombre. run et check les comparent au calcul ; un écart est un contrôle en échec.",
              "additionalProperties": { "type": ["string", "number"] }
            },
            "allocation": {
              "type": "object",
              "additionalProperties": false,
              "required": ["envelope", "method", "candidates"],
              "description": "Ce qu'un financeur répartit entre les réponses (enveloppe allocate).",
              "properties": {
                "envelope": {
                  "type": "object", "additionalProperties": false,
                  "oneOf": [{ "required": ["measures"] }, { "required": ["amount"] }],
                  "properties": { "measures": { "$ref": "#/$defs/count" }, "amount": { "$ref": "#/$defs/amount" } }
                },
                "method": { "enum": ["proportional", "proRataOfRequests", "byRank"] },
                "candidates": {
                  "type": "array", "minItems": 1,
                  "items": {
                    "type": "object", "additionalProperties": false, "required": ["id", "name"],
                    "properties": {
                      "id": { "type": "string", "minLength": 1 },
                      "name": { "type": "string", "minLength": 1 },
                      "territory": { "type": "string" },
                      "weight": { "type": "integer", "minimum": 0 },
                      "requested": { "description": "Mesures demandées (ou montant, pour une enveloppe en euros d'un appel sans taux annuel)." },
                      "minimum": { "description": "En mesures (ou en euros)." },
                      "maximum": { "description": "En mesures (ou en euros)." },
                      "rank": { "type": "integer", "minimum": 1 }
                    }
                  }
                }
              }
            },
            "budget": {
              "type": "object",
              "additionalProperties": false,
              "description": "Le budget prévisionnel déposé par le candidat, vérifié tel quel : ses lignes, ou un fichier CSV (compte;libellé;montant) à côté du scénario.",
              "oneOf": [{ "required": ["lines"] }, { "required": ["file"] }],
              "properties": {
                "lines": { "type": "array", "items": { "$ref": "#/$defs/budgetLine" } },
                "file": { "type": "string", "minLength": 1 }
              }
            },
        """#
}
