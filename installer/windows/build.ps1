<#
.SYNOPSIS
    Build the Relais installer for Windows: bundle, self-test, sign, setup.exe.

.DESCRIPTION
    Run from anywhere on a Windows 10/11 x64 build machine with Python 3.11 (python.org
    installer, "py" launcher) and Inno Setup 6 (ISCC.exe). No make, no Git Bash.

      1. a clean virtual environment in build\venv-windows, with Relais and PyInstaller;
      2. pyinstaller installer\relais.spec  ->  dist\relais\ (relais.exe, relais-cli.exe);
      3. relais-cli.exe --self-test on the result (fails the build if it fails);
      4. optional Authenticode signing of both executables (signtool, certificate from
         the environment);
      5. ISCC with the version from pyproject.toml  ->  dist\Relais-<version>-setup.exe;
      6. optional signing of the setup program.

    Signing happens only when RELAIS_WINDOWS_CERT (a .pfx file) is set; its password comes
    from RELAIS_WINDOWS_CERT_PASSWORD, the timestamp server from RELAIS_WINDOWS_TIMESTAMP
    (default http://timestamp.digicert.com). With RELAIS_WINDOWS_CERT_THUMBPRINT instead,
    the certificate is taken from the Windows certificate store (a token or HSM).

.PARAMETER Python
    The Python to build with (default: "py -3.11").

.PARAMETER Iscc
    Path to ISCC.exe (default: Inno Setup 6 in Program Files, or ISCC on PATH).

.PARAMETER SkipInstaller
    Stop after the self-tested bundle (no Inno Setup needed).
#>
[CmdletBinding()]
param(
    [string]$Python = "py -3.11",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Checked {
    # Run a native command; stop the build when it exits non-zero (PowerShell does not).
    param([string]$What, [scriptblock]$Command)
    Write-Host "==> $What" -ForegroundColor Cyan
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

# -- the version: written once, in pyproject.toml ------------------------------------------
$Version = (Select-String -Path "pyproject.toml" -Pattern '^version\s*=\s*"([^"]+)"' |
    Select-Object -First 1).Matches[0].Groups[1].Value
if (-not $Version) { throw "no version in pyproject.toml" }
Write-Host "Relais $Version" -ForegroundColor Green

# -- 1. a clean environment -------------------------------------------------------------------
$Venv = Join-Path $Root "build\venv-windows"
if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
$PythonParts = @($Python -split " ")
$PythonArgs = @($PythonParts | Select-Object -Skip 1)
Invoke-Checked "create $Venv" { & $PythonParts[0] @PythonArgs -m venv $Venv }
$Py = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked "upgrade pip" { & $Py -m pip install --quiet --upgrade pip }
# Not editable: the bundle must not depend on the checkout; ".[bundle]" adds PyInstaller.
Invoke-Checked "install Relais and PyInstaller" { & $Py -m pip install --quiet ".[bundle]" }

# -- 2. the one-folder bundle ---------------------------------------------------------------
Invoke-Checked "pyinstaller installer\relais.spec" {
    & $Py -m PyInstaller --noconfirm --clean --log-level WARN `
        --distpath dist --workpath build\pyinstaller installer\relais.spec
}
$Bundle = Join-Path $Root "dist\relais"
foreach ($exe in "relais.exe", "relais-cli.exe") {
    if (-not (Test-Path (Join-Path $Bundle $exe))) { throw "missing $exe in $Bundle" }
}

# -- 3. self-test: the same check make bundle runs on Linux ----------------------------------
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked "relais-cli.exe --self-test" { & (Join-Path $Bundle "relais-cli.exe") --self-test }
Remove-Item Env:QT_QPA_PLATFORM
$Size = (Get-ChildItem -Recurse $Bundle | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("bundle: {0:N0} MB" -f $Size)

# -- 4. sign the executables (optional) -------------------------------------------------------
function Find-SignTool {
    $kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
    $found = Get-ChildItem -Path $kits -Recurse -Filter signtool.exe -ErrorAction SilentlyContinue |
        Where-Object { $_.FullName -match "\\x64\\" } | Sort-Object FullName -Descending |
        Select-Object -First 1
    if ($found) { return $found.FullName }
    return "signtool.exe"
}

function Invoke-Sign {
    param([string[]]$Files)
    $timestamp = if ($env:RELAIS_WINDOWS_TIMESTAMP) { $env:RELAIS_WINDOWS_TIMESTAMP } else { "http://timestamp.digicert.com" }
    $arguments = @("sign", "/fd", "SHA256", "/tr", $timestamp, "/td", "SHA256",
                   "/d", "Relais")
    if ($env:RELAIS_WINDOWS_CERT) {
        $arguments += @("/f", $env:RELAIS_WINDOWS_CERT)
        if ($env:RELAIS_WINDOWS_CERT_PASSWORD) { $arguments += @("/p", $env:RELAIS_WINDOWS_CERT_PASSWORD) }
    } else {
        $arguments += @("/sha1", $env:RELAIS_WINDOWS_CERT_THUMBPRINT)
    }
    $signtool = Find-SignTool
    Invoke-Checked "sign $($Files -join ', ')" { & $signtool @arguments @Files }
    Invoke-Checked "verify signatures" { & $signtool verify /pa /all @Files }
}

$Signing = [bool]($env:RELAIS_WINDOWS_CERT -or $env:RELAIS_WINDOWS_CERT_THUMBPRINT)
if ($Signing) {
    Invoke-Sign @((Join-Path $Bundle "relais.exe"), (Join-Path $Bundle "relais-cli.exe"))
} else {
    Write-Warning "RELAIS_WINDOWS_CERT not set: executables left unsigned (SmartScreen will warn)."
}

if ($SkipInstaller) { Write-Host "bundle ready in $Bundle"; exit 0 }

# -- 5. the setup program ----------------------------------------------------------------------
if (-not $Iscc) {
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    $Iscc = ($candidates | Where-Object { Test-Path $_ } | Select-Object -First 1)
    if (-not $Iscc) { $Iscc = "ISCC.exe" }
}
Invoke-Checked "ISCC relais.iss" { & $Iscc "/DAppVersion=$Version" (Join-Path $PSScriptRoot "relais.iss") }
$Setup = Join-Path $Root "dist\Relais-$Version-setup.exe"
if (-not (Test-Path $Setup)) { throw "ISCC did not write $Setup" }

# -- 6. sign the setup program (optional) ------------------------------------------------------
if ($Signing) { Invoke-Sign @($Setup) }

$hash = (Get-FileHash -Algorithm SHA256 $Setup).Hash.ToLower()
Write-Host "setup: $Setup" -ForegroundColor Green
Write-Host "sha256: $hash"
