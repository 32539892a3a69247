/*
 * A lunr language for the handbook's search, one per edition (written by the build as
 * assets/javascripts/lunr/min/lunr.<language>.min.js, where Material's search worker looks for it).
 *
 * Index and query words go through the same steps, so they meet in the middle:
 *   - Serbian Cyrillic is transliterated to Latin, so either script finds the other;
 *   - diacritics are dropped (č → c, ë → e, đ → dj), so "zadrzavanje" finds "zadržavanje";
 *   - a light stemmer removes common inflectional endings, so "адвокату" finds "адвокат";
 *   - English keeps lunr's own Porter stemmer after folding, so "Mursic" finds "Muršić".
 * Material adds a trailing wildcard to every query word, which catches the remaining inflections. lunr
 * skips the search pipeline for words with a wildcard; the patch at the end keeps it, so that query words
 * are folded and stemmed exactly like the words of the index.
 */
(function (lunr, language, settings) {
  var CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "dj", "е": "e", "ж": "z", "з": "z", "и": "i",
    "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s"
  };

  function fold(word) {
    var out = "";
    for (var i = 0; i < word.length; i++) {
      var c = word.charAt(i);
      out += Object.prototype.hasOwnProperty.call(CYRILLIC, c) ? CYRILLIC[c] : c;
    }
    return out.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "dj");
  }

  function stem(word) {
    for (var i = 0; i < settings.suffixes.length; i++) {
      var suffix = settings.suffixes[i];
      if (word.length - suffix.length >= settings.minimum && word.slice(-suffix.length) === suffix) {
        return word.slice(0, -suffix.length);
      }
    }
    return word;
  }

  var trimmer = function (token) {
    return token.update(function (s) {
      return s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    });
  };
  var stemmer = function (token) {
    return token.update(function (s) {
      var wildcard = /^(\*?)(.*?)(\*?)$/.exec(s);
      var folded = fold(wildcard[2].toLowerCase());
      var stemmed = settings.english ? lunr.stemmer(new lunr.Token(folded)).toString() : stem(folded);
      return wildcard[1] + stemmed + wildcard[3];
    });
  };
  var stopWordFilter = function (token) {
    return token;
  };

  lunr.Pipeline.registerFunction(trimmer, "trimmer-" + language);
  lunr.Pipeline.registerFunction(stemmer, "stemmer-" + language);
  lunr.Pipeline.registerFunction(stopWordFilter, "stopWordFilter-" + language);

  lunr[language] = function () {
    this.pipeline.reset();
    this.pipeline.add(trimmer, stemmer);
    this.searchPipeline.reset();
    this.searchPipeline.add(stemmer);
  };
  lunr[language].trimmer = trimmer;
  lunr[language].stemmer = stemmer;
  lunr[language].stopWordFilter = stopWordFilter;

  if (!lunr.QueryParser.handbookKeepsPipeline) {
    var nextClause = lunr.QueryParser.prototype.nextClause;
    lunr.QueryParser.prototype.nextClause = function () {
      this.currentClause.usePipeline = true;
      return nextClause.call(this);
    };
    lunr.QueryParser.handbookKeepsPipeline = true;
  }
})(lunr, "__LANGUAGE__", __SETTINGS__);
