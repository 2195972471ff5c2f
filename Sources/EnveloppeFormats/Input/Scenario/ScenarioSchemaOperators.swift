extension ScenarioSchema {
    /// The operators, their staff, charges and intake, then the shared definitions.
    static let operators = #"""
            "operators": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "name", "households"],
                "properties": {
                  "id": { "type": "string", "minLength": 1 },
                  "name": { "type": "string", "minLength": 1 },
                  "territory": { "type": "string", "minLength": 1 },
                  "households": { "$ref": "#/$defs/count", "description": "Capacité : ménages accompagnés en même temps." },
                  "intake": {
                    "type": "object",
                    "additionalProperties": false,
                    "description": "Entrées et sorties des ménages ; sans ce bloc, tous les ménages entrent le premier mois.",
                    "not": { "required": ["entries", "rampUp"] },
                    "properties": {
                      "start": { "$ref": "#/$defs/month" },
                      "initial": { "$ref": "#/$defs/count", "description": "Ménages déjà accompagnés au début (sans frais d'entrée)." },
                      "entries": { "type": "array", "items": { "$ref": "#/$defs/count" }, "description": "Entrées de chaque mois, à partir de start." },
                      "rampUp": { "type": "integer", "minimum": 1, "description": "Entrées par mois tant qu'une place est libre." },
                      "lastEntry": { "$ref": "#/$defs/month" },
                      "renewalMonths": { "type": "integer", "minimum": 0, "maximum": 120, "description": "Mois ajoutés par renouvellement, dans les limites de l'appel (VIAL : par 6 mois, 12 au plus, 18 par dérogation)." },
                      "derogation": { "type": "boolean" },
                      "monthsBeforeDwelling": { "type": "integer", "minimum": 0, "maximum": 3 },
                      "earlyExits": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "additionalProperties": false,
                          "required": ["month", "households"],
                          "properties": {
                            "month": { "$ref": "#/$defs/month" },
                            "households": { "type": "integer", "minimum": 1 }
                          }
                        }
                      },
                      "refillDelayMonths": { "type": "integer", "minimum": 0, "maximum": 24 }
                    }
                  },
                  "staff": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["title", "role", "fte", "annualCostPerFTE"],
                      "properties": {
                        "title": { "type": "string", "minLength": 1 },
                        "role": { "enum": ["management", "socialWork", "care", "housingManagement", "administration"] },
                        "fte": { "$ref": "#/$defs/fte" },
                        "annualCostPerFTE": { "$ref": "#/$defs/amount" },
                        "start": { "$ref": "#/$defs/month" },
                        "end": { "$ref": "#/$defs/month" },
                        "purposes": { "type": "array", "items": { "$ref": "#/$defs/purpose" } }
                      }
                    }
                  },
                  "charges": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["label", "account", "kind"],
                      "oneOf": [
                        { "required": ["annualAmount"] }, { "required": ["perEntry"] }, { "required": ["refundableDeposit"] },
                        { "required": ["perHouseholdMonth"] }, { "required": ["rateOfDirectCosts"] }
                      ],
                      "properties": {
                        "label": { "type": "string", "minLength": 1 },
                        "account": { "type": "integer", "minimum": 60, "maximum": 68 },
                        "kind": { "enum": ["direct", "indirect"] },
                        "purpose": { "$ref": "#/$defs/purpose" },
                        "annualAmount": { "$ref": "#/$defs/amount", "description": "Montant annuel, versé en douze parts." },
                        "perEntry": { "$ref": "#/$defs/amount", "description": "Montant par ménage entrant." },
                        "refundableDeposit": { "$ref": "#/$defs/amount", "description": "Caution par ménage entrant, restituée au glissement du bail." },
                        "perHouseholdMonth": { "$ref": "#/$defs/amount", "description": "Montant par ménage et par mois." },
                        "rateOfDirectCosts": { "$ref": "#/$defs/rate", "description": "Taux des charges directes (charges indirectes seulement)." }
                      }
                    }
                  }
                }
              }
            }
          },
          "$defs": {
            "amount": {
              "description": "Montant en euros, au plus deux décimales : 49000, 49000.00 ou \"49 000,00 €\".",
              "oneOf": [
                { "type": "number", "minimum": 0, "multipleOf": 0.01 },
                { "type": "string", "pattern": "^\\s*\\+?[0-9][0-9 \\u00A0\\u202F]*([.,][0-9]{1,2})?\\s*€?\\s*$" }
              ]
            },
            "signedAmount": {
              "description": "Montant en euros, négatif s'il le faut, au plus deux décimales : -20000 ou \"-20 000,00 €\".",
              "oneOf": [
                { "type": "number", "multipleOf": 0.01 },
                { "type": "string", "pattern": "^\\s*[-+]?[0-9][0-9 \\u00A0\\u202F]*([.,][0-9]{1,2})?\\s*€?\\s*$" }
              ]
            },
            "rate": {
              "description": "Taux : \"60 %\" ou une fraction de 0 à 1 (0.6).",
              "oneOf": [
                { "type": "number", "minimum": 0, "maximum": 1 },
                { "type": "string", "pattern": "^\\s*[0-9]+([.,][0-9]{1,4})?\\s*%\\s*$" }
              ]
            },
            "fte": {
              "description": "Nombre d'ETP (ou d'unités), au plus deux décimales : 0.5, \"0,5\".",
              "oneOf": [
                { "type": "number", "minimum": 0, "multipleOf": 0.01 },
                { "type": "string", "pattern": "^\\s*[0-9]+([.,][0-9]{1,2})?\\s*$" }
              ]
            },
            "count": { "type": "integer", "minimum": 0, "maximum": 1000000000 },
            "budgetLine": {
              "type": "object", "additionalProperties": false, "required": ["account", "label", "amount"],
              "properties": {
                "account": { "type": ["string", "integer"], "description": "Compte du CERFA 12156 : 60 à 68, CI, 86, 70 à 79, 87 (ou un sous-compte : 706, 7411…)." },
                "label": { "type": "string", "minLength": 1 },
                "amount": { "$ref": "#/$defs/amount" },
                "purpose": { "$ref": "#/$defs/purpose" }
              }
            },
            "purpose": {
              "enum": ["equipment", "moving", "meters", "transport", "neighbourhood", "deposit", "housingManagement", "followUp", "practiceAnalysis", "platformNurse"]
            },
            "subsidyLine": {
              "enum": ["state", "region", "department", "intercommunality", "municipality", "socialBodies", "europeanFunds", "asp", "otherPublic", "privateAid"]
            },
            "month": { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$" }
          }
        }
        """#
}
