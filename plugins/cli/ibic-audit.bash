# bash completion for ibic-audit. The subcommands and each one's options are
# read from the program's own --help output, so they never drift from it.

_ibic_audit_subcommands() {
  ibic-audit --help 2>/dev/null |
    awk '/^SUBCOMMANDS:/ { s = 1; next } /^OPTIONS:/ { s = 0 } s && $1 ~ /^[a-z]+$/ { print $1 }'
}

_ibic_audit_options() {
  ibic-audit "$1" --help-list 2>/dev/null |
    awk '$1 ~ /^-/ { sub(/=.*/, "=", $1); print $1 }'
}

_ibic_audit() {
  local cur prev sub i
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  for ((i = 1; i < COMP_CWORD; i++)); do
    [[ ${COMP_WORDS[i]} != -* ]] && { sub=${COMP_WORDS[i]}; break; }
  done
  if [[ -z $sub ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_ibic_audit_subcommands)" -- "$cur")
    return
  fi
  case $cur in
  --format=*)
    mapfile -t COMPREPLY < <(compgen -P --format= -W "text json sarif junit csv html" -- "${cur#--format=}")
    return ;;
  --fail-on=*)
    mapfile -t COMPREPLY < <(compgen -P --fail-on= -W "info warning error" -- "${cur#--fail-on=}")
    return ;;
  --colour=*)
    mapfile -t COMPREPLY < <(compgen -P --colour= -W "auto always never" -- "${cur#--colour=}")
    return ;;
  --rules=*)
    mapfile -t COMPREPLY < <(compgen -P --rules= -d -- "${cur#--rules=}")
    return ;;
  --*=*)
    mapfile -t COMPREPLY < <(compgen -P "${cur%%=*}=" -f -- "${cur#*=}")
    return ;;
  -*)
    mapfile -t COMPREPLY < <(compgen -W "$(_ibic_audit_options "$sub")" -- "$cur")
    [[ ${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null
    return ;;
  esac
  if [[ $sub == rules ]]; then
    if [[ $prev == explain ]]; then
      mapfile -t COMPREPLY < <(compgen -W "$(ibic-audit rules 2>/dev/null | awk '$1 ~ /\// { print $1 }')" -- "$cur")
    else
      mapfile -t COMPREPLY < <(compgen -W "list explain" -- "$cur")
    fi
    return
  fi
  mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}

complete -o filenames -F _ibic_audit ibic-audit
