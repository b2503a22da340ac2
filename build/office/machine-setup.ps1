<#
  Privacy Desk: the machine-wide data folder of a shared office PC.
  Run by the installer (elevated) and safe to run again by an administrator, e.g. to move the data
  to another drive or to repair the permissions:

    powershell -ExecutionPolicy Bypass -File "C:\Program Files\Privacy Desk\resources\office\machine-setup.ps1" [-DataDir D:\PrivacyDesk] [-AddMembers "OFFICE\aigerim;OFFICE\daniyar"]
    ... -Uninstall [-DeleteData]     (the uninstaller: keeps the data unless -DeleteData)

  What it does:
  - creates the local group "Privacy Desk Users" (the people who may open the shared database);
  - creates the data folder (default %ProgramData%\Privacy Desk) with logs\ and backups\;
  - sets its ACL: inheritance from %ProgramData% removed (so "Users" lose their read access),
    SYSTEM and Administrators full control, "Privacy Desk Users" modify, for the folder and all
    it will contain; existing files are reset to inherit exactly that;
  - when the data lives elsewhere, writes %ProgramData%\Privacy Desk\config.json {"dataDir": ...}
    (readable by the group, writable by administrators only), which the app reads at start.
  Well-known SIDs are used for SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544): their names are
  translated on Russian or Kazakh Windows.
#>
param(
  [string]$DataDir = '',
  [string]$AddMembers = '',
  [switch]$Uninstall,
  [switch]$DeleteData
)
$ErrorActionPreference = 'Stop'
$Group = 'Privacy Desk Users'
$DefaultDir = Join-Path $env:ProgramData 'Privacy Desk'
$ConfigFile = Join-Path $DefaultDir 'config.json'

function Get-ConfiguredDataDir {
  if (Test-Path -LiteralPath $ConfigFile) {
    try {
      $cfg = Get-Content -LiteralPath $ConfigFile -Raw | ConvertFrom-Json
      if ($cfg.dataDir) { return [string]$cfg.dataDir }
    } catch { }
  }
  return $DefaultDir
}

# Windows PowerShell 5.1 turns a native tool's stderr into terminating errors under 'Stop':
# native tools run with 'Continue' and are judged by their exit code only.
function Invoke-Native([string]$exe, [string[]]$argv, [switch]$Quiet) {
  $ErrorActionPreference = 'Continue'
  if ($Quiet) { & $exe @argv 2>&1 | Out-Null } else { & $exe @argv 2>&1 | Out-Host }
  return $LASTEXITCODE
}

if ($Uninstall) {
  if (-not $DeleteData) {
    Write-Output "Privacy Desk: data kept in $(Get-ConfiguredDataDir) (pass /DELETEDATA to the uninstaller to remove it)."
    exit 0
  }
  $dir = Get-ConfiguredDataDir
  foreach ($d in @($dir, $DefaultDir) | Select-Object -Unique) {
    if (Test-Path -LiteralPath $d) { Remove-Item -LiteralPath $d -Recurse -Force }
  }
  Invoke-Native 'net.exe' @('localgroup', $Group, '/delete') -Quiet | Out-Null
  Write-Output "Privacy Desk: data folder $dir and group '$Group' removed."
  exit 0
}

# 1. The group (net.exe works the same in 32- and 64-bit hosts and on every Windows edition).
if ((Invoke-Native 'net.exe' @('localgroup', $Group) -Quiet) -ne 0) {
  if ((Invoke-Native 'net.exe' @('localgroup', $Group, '/add', '/comment:People who may open the Privacy Desk database on this PC')) -ne 0) {
    throw "could not create the local group '$Group'"
  }
}
foreach ($m in ($AddMembers -split ';' | ForEach-Object { $_.Trim() } | Where-Object { $_ })) {
  Invoke-Native 'net.exe' @('localgroup', $Group, $m, '/add') -Quiet | Out-Null # already a member is fine
}

# 2. The folder and, when it is not the default, the pointer to it.
$DataDir = $DataDir.Trim().Trim('"').TrimEnd('\')
if (-not $DataDir) { $DataDir = Get-ConfiguredDataDir }
if (-not [System.IO.Path]::IsPathRooted($DataDir)) { throw "the data folder must be an absolute path: $DataDir" }
foreach ($d in @($DefaultDir, $DataDir, (Join-Path $DataDir 'logs'), (Join-Path $DataDir 'backups'))) {
  New-Item -ItemType Directory -Force -Path $d | Out-Null
}

# 3. The ACL: group modify, administrators and SYSTEM full, nobody else, inherited by everything inside.
function Set-DeskAcl([string]$dir, [string]$groupRights) {
  $grant = @('*S-1-5-18:(OI)(CI)F', '*S-1-5-32-544:(OI)(CI)F', "${Group}:(OI)(CI)$groupRights")
  if ((Invoke-Native 'icacls.exe' (@($dir, '/inheritance:r', '/grant:r') + $grant)) -ne 0) { throw "icacls failed on $dir" }
  if (Get-ChildItem -LiteralPath $dir -Force) {
    if ((Invoke-Native 'icacls.exe' @((Join-Path $dir '*'), '/reset', '/T', '/C', '/Q')) -ne 0) { throw "icacls /reset failed in $dir" }
  }
}
Set-DeskAcl $DataDir 'M'
if ($DataDir -ne $DefaultDir) {
  # The default folder now only points elsewhere: members read it, only administrators change it.
  Set-DeskAcl $DefaultDir 'RX'
  $json = @{ dataDir = $DataDir } | ConvertTo-Json -Compress
  [System.IO.File]::WriteAllText($ConfigFile, $json, (New-Object System.Text.UTF8Encoding($false)))
} elseif (Test-Path -LiteralPath $ConfigFile) {
  Remove-Item -LiteralPath $ConfigFile -Force
}
Write-Output "Privacy Desk: data folder $DataDir ready; members of '$Group' may use it."
